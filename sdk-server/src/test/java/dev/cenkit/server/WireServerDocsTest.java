package dev.cenkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/wire-server.md lists exactly the actions the server serves, per product. */
class WireServerDocsTest {
  @Test
  void theDocsListEveryServedActionOfEachProductAndNoOther() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "wire-server.md"));
    ActionTable table = ActionTable.standard();
    for (Product p : Product.values()) {
      Matcher row = Pattern.compile("\\| `" + Pattern.quote(p.productName()) + "`[^|]*\\| " + Pattern.quote(p.version()) + " \\| ([^|]+) \\|").matcher(doc);
      assertThat(row.find()).as("a row for %s %s", p.productName(), p.version()).isTrue();
      Set<String> listed = new TreeSet<>();
      for (String a : row.group(1).split(",")) {
        listed.add(a.trim());
      }
      assertThat(listed).as("actions of %s in docs/wire-server.md", p.productName()).isEqualTo(table.actions(p));
    }
  }
}
