package dev.digitarcade.game.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digitarcade.model.ModelContract;
import dev.digitarcade.model.install.Installation;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code predict} on generated images of numbers, with the shipped model: whole numbers, {@code --single}, {@code --json}. */
class PredictNumbersTest {
  private static final Path MODEL = Installation.current().resolve(ModelContract.SHIPPED_MODEL);

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void shippedModel() {
    assumeTrue(Files.isRegularFile(MODEL.resolve("saved_model.pb")), "no shipped model in " + MODEL);
  }

  private int predict(List<String> args) {
    List<String> all = new ArrayList<>(List.of("--model", MODEL.toString()));
    all.addAll(args);
    return new CommandLine(new PredictCommand(new PrintWriter(out), new PrintWriter(err))).execute(all.toArray(String[]::new));
  }

  private Path png(String name, BufferedImage img) throws IOException {
    Path p = dir.resolve(name);
    ImageIO.write(img, "png", p.toFile());
    return p;
  }

  /** Generated numbers: 2 to 4 digits, both polarities, tight and wide gaps, various sizes. */
  private List<Path> numbers(List<String> expected) throws IOException {
    String[] numbers = {"47", "2026", "315", "80", "1964", "72"};
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < numbers.length; i++) {
      boolean dark = i % 2 == 0;
      int size = 90 + 20 * (i % 3);
      Path p = png("n" + i + ".png", Drawings.number(620, 260, dark ? Color.WHITE : Color.BLACK,
          dark ? Color.BLACK : Color.WHITE, numbers[i], 30 + 10 * i, 190, size, 8 + 14 * (i % 3)));
      files.add(p);
      expected.add(numbers[i]);
    }
    return files;
  }

  @Test
  void numbersAreReadWhole() throws IOException {
    List<String> expected = new ArrayList<>();
    List<Path> files = numbers(expected);
    int code = predict(files.stream().map(Path::toString).toList());
    assertThat(code).as(err.toString()).isZero();
    List<String> rows = out.toString().lines().skip(1).toList();
    assertThat(rows).hasSize(files.size());
    for (int i = 0; i < rows.size(); i++) {
      String[] cols = rows.get(i).split(",");
      assertThat(cols[0]).isEqualTo(files.get(i).toString());
      assertThat(cols[1]).as(rows.get(i)).isEqualTo(expected.get(i));
      assertThat(Float.parseFloat(cols[2])).isBetween(0.5f, 1f);
    }
  }

  @Test
  void jsonGivesEachDigitWithItsBoxLeftToRight() throws IOException {
    Path p = png("n.png", Drawings.number(620, 260, Color.WHITE, Color.BLACK, "2026", 40, 190, 110, 20));
    int code = predict(List.of("--json", p.toString()));
    assertThat(code).as(err.toString()).isZero();
    JsonNode o = new ObjectMapper().readTree(out.toString().lines().findFirst().orElseThrow());
    assertThat(o.path("reading").asText()).isEqualTo("2026");
    assertThat(o.path("verdict").asText()).isEqualTo("sure");
    JsonNode digits = o.path("digits");
    assertThat(digits).hasSize(4);
    int right = -1;
    for (int i = 0; i < 4; i++) {
      JsonNode d = digits.get(i);
      assertThat(d.path("digit").asInt()).isEqualTo("2026".charAt(i) - '0');
      assertThat(d.path("verdict").asText()).isEqualTo("sure");
      assertThat(d.path("probabilities")).hasSize(10);
      JsonNode box = d.path("box");
      assertThat(box.path("x").asInt()).isGreaterThan(right);
      right = box.path("x").asInt() + box.path("w").asInt();
      assertThat(right).isLessThanOrEqualTo(620);
      assertThat(box.path("h").asInt()).isBetween(50, 140);
    }
  }

  @Test
  void singleReadsTheWholeImageAsOneDigit() throws IOException {
    Path number = png("n.png", Drawings.number(620, 260, Color.WHITE, Color.BLACK, "47", 40, 190, 120, 30));
    Path seven = png("s.png", Drawings.glyph(300, 260, Color.WHITE, Color.BLACK, '7', 80, 200, 150));
    int code = predict(List.of("--single", "--json", number.toString(), seven.toString()));
    assertThat(code).as(err.toString()).isZero();
    List<String> lines = out.toString().lines().toList();
    ObjectMapper json = new ObjectMapper();
    JsonNode n = json.readTree(lines.get(0));
    assertThat(n.path("digits")).as("one model input for the whole image").hasSize(1);
    assertThat(n.path("reading").asText()).as("two digits are no one digit").isNotEqualTo("47").hasSize(1);
    JsonNode s = json.readTree(lines.get(1));
    assertThat(s.path("reading").asText()).isEqualTo("7");
    assertThat(s.path("digit").asInt()).isEqualTo(7);
  }
}
