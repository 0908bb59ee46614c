package dev.digitarcade.game.scores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.digitarcade.engine.io.OutputFile;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mode-000 table for real: permissions only bind users without root's override, so as root the
 * store runs in a child JVM as {@code nobody} (skipped where that user or {@code su} is missing);
 * as any other user it runs here.
 */
class HighScoreStoreOtherUserTest {

  @TempDir
  Path tmp;

  private static final String TABLE = "{\"version\":1,\"scores\":[{\"score\":900,\"roundsWon\":9,\"rounds\":10,"
      + "\"bestStreak\":4,\"when\":\"2026-10-01T10:00:00Z\"}]}";

  @Test
  void aModeZeroTableIsSetAsideAndTheNewScoreSaved() throws Exception {
    boolean root = "root".equals(System.getProperty("user.name"));
    Path data = Files.createDirectories(tmp.resolve("data"));
    Path file = data.resolve("scores.json");
    Files.writeString(file, TABLE, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));

    List<String> said = new ArrayList<>();
    if (root) {
      assumeTrue(canRunAsNobody(), "no user 'nobody' to run as (or no su)");
      UserPrincipal nobody = data.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
      Files.setOwner(data, nobody);
      Files.setOwner(file, nobody);
      said.addAll(runAsNobody(file));
    } else {
      assumeTrue(!Files.isReadable(file), "this user reads mode-000 files");
      HighScoreStore s = new HighScoreStore(file, w -> said.add("warning: " + w));
      said.add("saved: " + s.save(new HighScore(500, 5, 10, 3, java.time.Instant.parse("2026-11-01T12:00:00Z"))));
    }

    assertThat(said).anyMatch(l -> l.startsWith("warning: ") && l.contains("permission denied")
        && l.contains("moved it to scores.json.damaged-"));
    assertThat(said).contains("saved: Ranked[rank=1]");
    Path aside;
    try (Stream<Path> s = Files.list(data)) {
      aside = s.filter(p -> p.getFileName().toString().startsWith("scores.json.damaged-")).findFirst().orElseThrow();
    }
    Files.setPosixFilePermissions(aside, PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.readString(aside)).isEqualTo(TABLE);
    assertThat(new HighScoreStore(file, w -> { }).load()).extracting(HighScore::score).containsExactly(500);
  }

  private static boolean canRunAsNobody() throws InterruptedException {
    try {
      Process p = new ProcessBuilder("su", "nobody", "-s", "/bin/sh", "-c", "true")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  /** Runs {@link ScoreProbe} as nobody, on copies of the classes it needs (root's Maven repository is private). */
  private List<String> runAsNobody(Path file) throws IOException, InterruptedException, URISyntaxException {
    Path cp = Files.createDirectories(tmp.resolve("cp"));
    List<String> entries = new ArrayList<>();
    int i = 0;
    for (Class<?> c : List.of(ScoreProbe.class, HighScoreStore.class, OutputFile.class, ObjectMapper.class,
        JsonFactory.class, JsonProperty.class)) {
      Path src = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path dst = cp.resolve("e" + i++ + (Files.isDirectory(src) ? "" : ".jar"));
      copy(src, dst);
      entries.add(dst.toString());
    }
    try (Stream<Path> all = Files.walk(cp)) {
      for (Path p : all.toList()) {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    String cmd = "exec '" + java + "' -cp '" + String.join(":", entries) + "' " + ScoreProbe.class.getName()
        + " '" + file + "' 500";
    Process p = new ProcessBuilder("su", "nobody", "-s", "/bin/sh", "-c", cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out.lines().toList();
  }

  private static void copy(Path src, Path dst) throws IOException {
    if (!Files.isDirectory(src)) {
      Files.copy(src, dst);
      return;
    }
    try (Stream<Path> all = Files.walk(src)) {
      for (Path p : all.toList()) {
        Path to = dst.resolve(src.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
  }
}
