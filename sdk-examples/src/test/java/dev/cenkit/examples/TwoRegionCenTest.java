package dev.cenkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TwoRegionCenTest {
  @Test
  void printsTheCenWithBothVpcsAndTheirVSwitches() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TwoRegionCen.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("'api-mesh'")
        .contains("'VPC-1' in cn-hangzhou (China), 172.16.0.0/16")
        .contains("'VPC-3' in cn-beijing (China), 10.3.0.0/16")
        .contains("cn-hangzhou-h 172.16.1.0/24");
  }
}
