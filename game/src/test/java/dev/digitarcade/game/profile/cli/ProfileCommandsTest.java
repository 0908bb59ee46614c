package dev.digitarcade.game.profile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digitarcade.game.app.Main;
import dev.digitarcade.game.profile.ProfileStore;
import dev.digitarcade.model.ModelContract;
import dev.digitarcade.model.install.Installation;
import dev.digitarcade.model.profile.Example;
import dev.digitarcade.model.segment.Stroke;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** teach, predict --profile and export through the real command line and model. */
class ProfileCommandsTest {
  static final Path MODEL = Installation.current().resolve(ModelContract.SHIPPED_MODEL);

  @TempDir
  Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  /** A slashed zero, dark on light, a little different each time. */
  static Path slashedZero(Path file, int k) throws IOException {
    BufferedImage img = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 200, 200);
    g.setColor(Color.BLACK);
    g.setStroke(new BasicStroke(11 + k % 3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(new Ellipse2D.Double(55 + k, 30, 88 - 2 * k, 140));
    g.draw(new Line2D.Double(150 - k, 30 + k, 50 + k, 170));
    g.dispose();
    ImageIO.write(img, "png", file.toFile());
    return file;
  }

  @Test
  void teachingSlashedZerosMakesPredictReadAnotherAsZeroAndExportWritesThem() throws IOException {
    Path profile = tmp.resolve("profile");
    Path a = slashedZero(tmp.resolve("a.png"), 0);
    Path b = slashedZero(tmp.resolve("b.png"), 2);
    Path c = slashedZero(tmp.resolve("c.png"), 4);
    Path test = slashedZero(tmp.resolve("test.png"), 3);

    assertThat(run("predict", "--model", MODEL.toString(), test.toString())).as(err.toString()).isZero();
    String before = out.toString();

    assertThat(run("teach", "--profile", profile.toString(), "--digit", "0", a.toString(), b.toString(),
        c.toString())).as(err.toString()).isZero();
    assertThat(out.toString()).contains("taught 3 examples of 0");

    assertThat(run("predict", "--model", MODEL.toString(), "--profile", profile.toString(), test.toString()))
        .as(err.toString()).isZero();
    assertThat(out.toString().lines().skip(1).findFirst().orElseThrow()).startsWith(test + ",0,");
    assertThat(before.lines().skip(1).findFirst().orElseThrow()).doesNotStartWith(test + ",0,");

    // --json says per file (and per digit) whether the profile helped, as the prediction event does.
    ObjectMapper reader = new ObjectMapper();
    assertThat(run("predict", "--json", "--model", MODEL.toString(), "--profile", profile.toString(),
        test.toString(), a.toString())).as(err.toString()).isZero();
    JsonNode helped = reader.readTree(out.toString().lines().findFirst().orElseThrow());
    assertThat(helped.path("reading").asText()).isEqualTo("0");
    assertThat(helped.path("profile").isBoolean()).isTrue();
    assertThat(helped.path("profile").asBoolean()).isTrue();
    assertThat(helped.path("digits").get(0).path("profile").asBoolean()).isTrue();
    assertThat(run("predict", "--json", "--model", MODEL.toString(), test.toString())).as(err.toString()).isZero();
    JsonNode alone = reader.readTree(out.toString().lines().findFirst().orElseThrow());
    assertThat(alone.path("profile").isBoolean()).isTrue();
    assertThat(alone.path("profile").asBoolean()).isFalse();

    Path nd = tmp.resolve("out.ndjson");
    assertThat(run("export", "--profile", profile.toString(), "--format", "ndjson", nd.toString()))
        .as(err.toString()).isZero();
    List<String> lines = Files.readAllLines(nd);
    assertThat(lines).hasSize(3);
    ObjectMapper json = new ObjectMapper();
    for (String l : lines) {
      JsonNode o = json.readTree(l);
      assertThat(o.path("word").asText()).isEqualTo("0");
      assertThat(o.path("drawing").isArray()).isTrue();
      assertThat(java.util.Base64.getDecoder().decode(o.path("input").asText())).hasSize(784);
    }

    Path pngs = tmp.resolve("pngs");
    assertThat(run("export", "--profile", profile.toString(), "--format", "png", pngs.toString()))
        .as(err.toString()).isZero();
    try (Stream<Path> s = Files.list(pngs.resolve("0"))) {
      List<Path> files = s.toList();
      assertThat(files).hasSize(3);
      for (Path f : files) {
        BufferedImage img = ImageIO.read(f.toFile());
        assertThat(img.getWidth()).isEqualTo(28);
      }
    }
    // A second export into the same directory never writes over what is there.
    assertThat(run("export", "--profile", profile.toString(), "--format", "png", pngs.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("not written over");
  }

  @Test
  void exportWithDrawingsAddsTheKeptOnesButNotTwiceWhatWasTaught() throws IOException {
    Path profile = tmp.resolve("profile");
    ProfileStore store = ProfileStore.open(profile, w -> { });
    float[] input = new float[784];
    input[400] = 1f;
    List<Stroke> strokes = List.of(new Stroke(List.of(new Stroke.Point(5, 5, 2.0), new Stroke.Point(50, 60, 2.25)), 9f));
    Example taught = store.add(1, input, strokes, 560);
    store.drawings().keep("free", Optional.of("1"), Optional.empty(), Optional.of(taught.id()), List.of(input),
        strokes, 560);
    store.drawings().keep("challenge", Optional.of("4"), Optional.of("4"), Optional.empty(), List.of(input),
        strokes, 560);
    store.drawings().keep("challenge", Optional.empty(), Optional.of("6"), Optional.empty(), List.of(input),
        strokes, 560);

    Path nd = tmp.resolve("all.ndjson");
    assertThat(run("export", "--profile", profile.toString(), "--format", "ndjson", nd.toString()))
        .as(err.toString()).isZero();
    assertThat(Files.readAllLines(nd)).as("without --with-drawings: the examples only").hasSize(1);
    Files.delete(nd);
    assertThat(run("export", "--profile", profile.toString(), "--format", "ndjson", "--with-drawings",
        nd.toString())).as(err.toString()).isZero();
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> lines = Files.readAllLines(nd).stream().map(l -> {
      try {
        return json.readTree(l);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).toList();
    assertThat(lines).extracting(o -> o.path("word").asText()).containsExactly("1", "4", "");
    assertThat(lines.get(2).path("recognized").asBoolean()).isFalse();
    assertThat(lines.get(2).path("target").asText()).isEqualTo("6");
    assertThat(lines.get(1).path("drawing").get(0).get(2).get(1).asInt()).isEqualTo(250);

    Path pngs = tmp.resolve("pngs");
    assertThat(run("export", "--profile", profile.toString(), "--format", "png", "--with-drawings",
        pngs.toString())).as(err.toString()).isZero();
    try (Stream<Path> one = Files.list(pngs.resolve("1")); Stream<Path> four = Files.list(pngs.resolve("4"))) {
      assertThat(one.count()).isEqualTo(1);
      assertThat(four.count()).isEqualTo(1);
    }
    assertThat(pngs.resolve("6")).doesNotExist();
  }

  @Test
  void teachKeptMakesAKeptDrawingAnExampleOnlyWhenAsked() throws IOException {
    Path profile = tmp.resolve("profile");
    ProfileStore store = ProfileStore.open(profile, w -> { });
    float[] input = new float[784];
    input[300] = 0.5f;
    List<Stroke> strokes = List.of(new Stroke(List.of(new Stroke.Point(5, 5, 2.0), new Stroke.Point(50, 60, 2.25)), 9f));
    String id = store.drawings().keep("challenge", Optional.of("4"), Optional.of("4"), Optional.empty(),
        List.of(input), strokes, 560).orElseThrow().id();
    String two = store.drawings().keep("challenge", Optional.of("47"), Optional.of("47"), Optional.empty(),
        List.of(input, input), strokes, 560).orElseThrow().id();
    assertThat(ProfileStore.open(profile, w -> { }).current().size()).as("kept is not taught").isZero();

    assertThat(run("teach", "--profile", profile.toString(), "--digit", "4", "--kept", id)).as(err.toString())
        .isZero();
    ProfileStore again = ProfileStore.open(profile, w -> { });
    assertThat(again.current().examples(4)).singleElement().satisfies(e -> {
      assertThat(e.strokes()).hasSize(1);
      assertThat(e.canvas()).isEqualTo(560);
    });
    assertThat(run("teach", "--profile", profile.toString(), "--digit", "4", "--kept", two + ",nope")).isEqualTo(1);
    assertThat(err.toString()).contains("read as 2 digits").contains("no kept drawing nope");
    assertThat(run("teach", "--profile", profile.toString(), "--digit", "4")).isEqualTo(2);
  }

  @Test
  void aDigitOutOfRangeIsBadUsage() {
    assertThat(run("teach", "--profile", tmp.toString(), "--digit", "12", "x.png")).isEqualTo(2);
    assertThat(err.toString()).contains("--digit must be 0-9");
  }
}
