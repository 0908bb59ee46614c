package dev.digitarcade.game.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.digitarcade.model.segment.Stroke;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptDrawingsTest {

  @TempDir
  Path dir;

  private static final List<Stroke> STROKES =
      List.of(new Stroke(List.of(new Stroke.Point(10, 20, 1.5), new Stroke.Point(30, 40, 1.625)), 12f));

  private static List<String> names(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  private static Optional<String> some(String s) {
    return Optional.of(s);
  }

  @Test
  void aDrawingIsKeptWithItsLabelTargetInputsAndTimedStrokes() throws IOException {
    KeptDrawings k = new KeptDrawings(dir, 10, 1 << 20, Clock.systemUTC());
    KeptDrawing d = k.keep("challenge", some("7"), some("7"), Optional.empty(), List.of(ProfileStoreTest.input(3)),
        STROKES, 560).orElseThrow();

    assertThat(names(dir)).containsExactly(d.id() + ".json");
    List<KeptDrawing> back = k.all(w -> { });
    assertThat(back).hasSize(1);
    KeptDrawing b = back.get(0);
    assertThat(b.id()).isEqualTo(d.id());
    assertThat(b.source()).isEqualTo("challenge");
    assertThat(b.label()).contains("7");
    assertThat(b.target()).contains("7");
    assertThat(b.taught()).isEmpty();
    assertThat(b.singleDigit()).isEqualTo(7);
    assertThat(b.canvas()).isEqualTo(560);
    assertThat(b.strokes().get(0).points().get(1).t()).isEqualTo(1.625);
    assertThat(b.inputs().get(0)[5]).isCloseTo(ProfileStoreTest.input(3)[5], org.assertj.core.data.Offset.offset(1 / 255f));
  }

  @Test
  void anUnlabelledDrawingStaysUnlabelledAndNothingIsKeptWithoutInk() throws IOException {
    KeptDrawings k = new KeptDrawings(dir, 10, 1 << 20, Clock.systemUTC());
    KeptDrawing d = k.keep("free", Optional.empty(), Optional.empty(), Optional.empty(), List.of(), STROKES, 560)
        .orElseThrow();
    assertThat(k.keep("free", Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), 560))
        .isEmpty();
    assertThat(k.all(w -> { })).singleElement().satisfies(b -> {
      assertThat(b.id()).isEqualTo(d.id());
      assertThat(b.label()).isEmpty();
      assertThat(b.singleDigit()).isEqualTo(-1);
    });
    assertThat(new KeptDrawings(null, 10, 100, Clock.systemUTC())
        .keep("free", Optional.empty(), Optional.empty(), Optional.empty(), List.of(), STROKES, 560)).isEmpty();
  }

  @Test
  void beyondTheCapTheOldestOfTheAppsDrawingsGoAndNothingElse() throws IOException {
    Path mine = dir.resolve("notes.json");
    Files.writeString(mine, "mine");
    // A file named like the app's but not written by it: never deleted, never counted.
    Path lookalike = dir.resolve("d-20000101T000000000Z-0.json");
    Files.writeString(lookalike, "{\"format\":\"something else\"}");
    KeptDrawings k = new KeptDrawings(dir, 3, 1 << 20, Clock.systemUTC());
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(k.keep("free", Optional.empty(), Optional.empty(), Optional.empty(), List.of(), STROKES, 560)
          .orElseThrow().id());
    }
    assertThat(names(dir)).contains("notes.json", lookalike.getFileName().toString())
        .contains(ids.get(2) + ".json", ids.get(3) + ".json", ids.get(4) + ".json")
        .doesNotContain(ids.get(0) + ".json", ids.get(1) + ".json")
        .hasSize(5);
    assertThat(Files.readString(lookalike)).contains("something else");
  }

  @Test
  void theByteCapAlsoBoundsTheFolderAndAStoreReopenedCountsWhatIsThere() throws IOException {
    KeptDrawings first = new KeptDrawings(dir, 100, 1 << 20, Clock.systemUTC());
    first.keep("free", Optional.empty(), Optional.empty(), Optional.empty(), List.of(), STROKES, 560);
    long one;
    try (Stream<Path> s = Files.list(dir)) {
      one = Files.size(s.findFirst().orElseThrow());
    }
    KeptDrawings again = new KeptDrawings(dir, 100, 2 * one + one / 2, Clock.systemUTC());
    for (int i = 0; i < 3; i++) {
      again.keep("free", Optional.empty(), Optional.empty(), Optional.empty(), List.of(), STROKES, 560);
    }
    assertThat(names(dir)).hasSize(2);
  }

  @Test
  void anExistingFileIsNeverWrittenOver() throws IOException {
    Clock fixed = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    Path taken = dir.resolve("d-20261201T100000000Z-0.json");
    Files.writeString(taken, "{\"format\":\"digit-arcade-drawing/1\",\"x\":1}");
    KeptDrawings k = new KeptDrawings(dir, 10, 1 << 20, fixed);
    KeptDrawing d = k.keep("free", Optional.empty(), Optional.empty(), Optional.empty(), List.of(), STROKES, 560)
        .orElseThrow();
    assertThat(d.id()).isNotEqualTo("d-20261201T100000000Z-0");
    assertThat(Files.readString(taken)).isEqualTo("{\"format\":\"digit-arcade-drawing/1\",\"x\":1}");
    assertThat(names(dir)).hasSize(2).noneMatch(n -> n.endsWith(".tmp"));
  }

  @Test
  void aDamagedFileIsSkippedWithAWarningAndTheOthersRead() throws IOException {
    KeptDrawings k = new KeptDrawings(dir, 10, 1 << 20, Clock.systemUTC());
    k.keep("free", Optional.empty(), Optional.empty(), Optional.empty(), List.of(), STROKES, 560);
    Files.writeString(dir.resolve("d-20200101T000000000Z-1.json"), "{not json");
    List<String> warnings = new ArrayList<>();
    assertThat(k.all(warnings::add)).hasSize(1);
    assertThat(warnings).singleElement().asString().contains("d-20200101T000000000Z-1.json");
    assertThat(Files.exists(dir.resolve("d-20200101T000000000Z-1.json"))).isTrue();
  }
}
