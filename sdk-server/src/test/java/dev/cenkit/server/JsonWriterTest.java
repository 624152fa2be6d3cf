package dev.cenkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cenkit.reach.Verdict;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The server's response writer gives exactly the bytes of Jackson's default mapper, for every kind of value. */
class JsonWriterTest {
  private static final ObjectMapper JACKSON = new ObjectMapper();

  private static void sameAsJackson(Object value) throws Exception {
    assertThat(new String(JsonWriter.bytes(value), StandardCharsets.UTF_8))
        .isEqualTo(new String(JACKSON.writeValueAsBytes(value), StandardCharsets.UTF_8));
  }

  @Test
  void responseShapedValuesAreWrittenAsJacksonWritesThem() throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("RequestId", "0A1B-2C");
    body.put("TotalCount", 3);
    body.put("BandwidthLimit", 2048L);
    body.put("Big", new BigInteger("123456789012345678901234567890"));
    body.put("IsDefault", false);
    body.put("Nothing", null);
    body.put("Vpcs", Map.of("Vpc", List.of(Map.of("VpcId", "vpc-1", "VSwitchIds", Map.of("VSwitchId", List.of("vsw-1", "vsw-2"))))));
    body.put("Empty", List.of());
    body.put("Set", Set.of("only"));
    sameAsJackson(body);
  }

  @Test
  void valuesTheWriterDoesNotKnowAreLeftToJackson() throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("Verdict", Verdict.UNREACHABLE);
    body.put("Ratio", 0.25);
    body.put("Nan", Double.NaN);
    body.put("Record", new Pair("a", 1));
    body.put("Keys", new TreeMap<>(Map.of(2, "two", 1, "one")));
    body.put("Array", new int[] {1, 2});
    sameAsJackson(body);
  }

  private record Pair(String name, int count) {}

  @Test
  void everyCharacterOfAStringIsEscapedAsJacksonEscapesIt() throws Exception {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x300; c++) {
      all.append(c);
    }
    all.append("\u2028\u2029 \uD83D\uDE00 € \uFFFF");
    sameAsJackson(Map.of("Message", all.toString()));

    Random random = new Random(16);
    for (int i = 0; i < 500; i++) {
      List<Object> values = new ArrayList<>();
      StringBuilder s = new StringBuilder();
      for (int j = random.nextInt(20); j > 0; j--) {
        s.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0xD7FF)));
      }
      values.add(s.toString());
      values.add(random.nextLong());
      sameAsJackson(Map.of("Values", values));
    }
  }
}
