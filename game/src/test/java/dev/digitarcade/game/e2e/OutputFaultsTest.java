package dev.digitarcade.game.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.digitarcade.engine.input.InputRecording;
import dev.digitarcade.engine.testing.DevFull;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's output files against a full device and symbolic links: one clear line and a
 * non-zero exit, never a stack trace; devices written to, never replaced; links kept.
 */
class OutputFaultsTest {

  @TempDir
  Path tmp;

  private static final Path SEVEN = AppDriver.ROOT.resolve("engine/src/test/resources/recordings/seven.jsonl");

  private int app(StringWriter err, String... extra) {
    List<String> args = new ArrayList<>(List.of("--headless", "--mode", "free", "--model",
        AppDriver.MODEL.toString(), "--scores", tmp.resolve("scores.json").toString()));
    args.addAll(List.of(extra));
    if (!args.contains("--exit-after")) {
      args.addAll(List.of("--exit-after", "0.3"));
    }
    return AppDriver.app(err, args.toArray(String[]::new));
  }

  private static void assertOneLine(StringWriter err, String expected) {
    List<String> lines = err.toString().lines().toList();
    assertThat(lines).as(err.toString()).containsExactly(expected);
  }

  @Test
  void eventsToAFullDeviceAreOneLineAndExitOne() throws Exception {
    Path full = DevFull.in(tmp);
    assumeTrue(full != null, "no full device here");
    StringWriter err = new StringWriter();
    assertThat(app(err, "--events", full.toString())).isEqualTo(1);
    assertOneLine(err, "digit-arcade: cannot write events to " + full + ": no space left on device");
    assertThat(DevFull.isDevice(full)).isTrue();
  }

  @Test
  void aScreenshotToAFullDeviceIsOneLineAndTheDeviceStays() throws Exception {
    Path full = DevFull.in(tmp);
    assumeTrue(full != null, "no full device here");
    StringWriter err = new StringWriter();
    assertThat(app(err, "--screenshot", full.toString())).isEqualTo(1);
    assertOneLine(err, "digit-arcade: cannot write " + full + ": no space left on device");
    assertThat(DevFull.isDevice(full)).isTrue();
  }

  @Test
  void aRecordingToAFullDeviceIsOneLineAndTheDeviceStays() throws Exception {
    Path full = DevFull.in(tmp);
    assumeTrue(full != null, "no full device here");
    StringWriter err = new StringWriter();
    assertThat(app(err, "--record", full.toString(), "--replay", SEVEN.toString())).isEqualTo(1);
    assertOneLine(err, "digit-arcade: cannot write recording " + full + ": no space left on device");
    assertThat(DevFull.isDevice(full)).isTrue();
  }

  @Test
  void screenshotRecordingAndEventsGoThroughSymbolicLinksAndTheLinksStay() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Path shot = tmp.resolve("shot.png");
    Path rec = tmp.resolve("rec.jsonl");
    Path ev = tmp.resolve("ev.jsonl");
    Files.createSymbolicLink(shot, Path.of("out/shot-target.png"));
    Files.createSymbolicLink(rec, out.resolve("rec-target.jsonl"));
    Files.createSymbolicLink(ev, out.resolve("ev-target.jsonl"));
    Files.writeString(out.resolve("rec-target.jsonl"), "an older recording\n");
    StringWriter err = new StringWriter();

    int code = app(err, "--screenshot", shot.toString(), "--record", rec.toString(), "--replay", SEVEN.toString(),
        "--events", ev.toString(), "--exit-after", "1.5");

    assertThat(code).as(err.toString()).isZero();
    for (Path link : List.of(shot, rec, ev)) {
      assertThat(Files.isSymbolicLink(link)).as(link.toString()).isTrue();
    }
    assertThat(ImageIO.read(out.resolve("shot-target.png").toFile()).getWidth()).isEqualTo(1120);
    InputRecording fmt = new InputRecording();
    assertThat(fmt.read(out.resolve("rec-target.jsonl")).events()).isEqualTo(fmt.read(SEVEN).events());
    assertThat(Files.readAllLines(out.resolve("ev-target.jsonl"))).last().asString().contains("\"type\":\"exit\"");
    try (var s = Files.list(out)) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("shot-target.png", "rec-target.jsonl", "ev-target.jsonl");
    }
  }
}
