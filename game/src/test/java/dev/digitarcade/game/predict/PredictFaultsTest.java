package dev.digitarcade.game.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.digitarcade.game.reading.ModelPipeline;
import dev.digitarcade.model.ReadingRule;
import dev.digitarcade.model.classify.DigitClassifier;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code predict} against files and directories it cannot read. Permission errors are made for
 * real where the user is bound by permissions (not root); otherwise they are injected through the
 * command's {@link FileAccess} seam, over the real files.
 */
class PredictFaultsTest {

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private int modelLoads;

  /** Says 3 for every image. */
  private final ModelPipeline three = new ModelPipeline(image784 -> {
    float[] p = new float[10];
    p[3] = 0.8f;
    return new DigitClassifier.Scores(p, 0.01f, 0.01f);
  }, ReadingRule.DEFAULT);

  private int run(FileAccess files, String... args) {
    PrintWriter o = new PrintWriter(out);
    PrintWriter e = new PrintWriter(err);
    PredictCommand cmd = new PredictCommand(o, e, m -> {
      modelLoads++;
      return three;
    }, files);
    return new CommandLine(cmd).setOut(o).setErr(e).execute(args);
  }

  /** Real files, except that opening or listing the given paths is denied. */
  private static FileAccess denying(Set<Path> denied) {
    return new FileAccess() {
      @Override
      public DirectoryStream<Path> list(Path d) throws IOException {
        if (denied.contains(d)) {
          throw new AccessDeniedException(d.toString());
        }
        return FileAccess.REAL.list(d);
      }

      @Override
      public SeekableByteChannel open(Path file) throws IOException {
        if (denied.contains(file)) {
          throw new AccessDeniedException(file.toString());
        }
        return FileAccess.REAL.open(file);
      }
    };
  }

  private Path png(String name) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    ImageIO.write(Drawings.one(120, 120, Color.WHITE, Color.BLACK, 60, 10, 100, 8), "png", p.toFile());
    return p;
  }

  private List<String> errors() {
    return err.toString().lines().toList();
  }

  @Test
  void aFileWithoutReadPermissionSaysPermissionDenied() throws IOException {
    Path locked = png("locked.png");
    Path fine = png("fine.png");
    int code = run(denying(Set.of(locked)), locked.toString(), fine.toString());
    assertThat(code).isEqualTo(1);
    assertThat(errors()).containsExactly(locked + ": permission denied (expected a readable PNG or JPEG image)");
    assertThat(out.toString().lines()).containsExactly("file,reading,confidence", fine + ",3,0.8000");
  }

  @Test
  void anUnreadableSubdirectoryIsReportedAndTheRestAreRead() throws IOException {
    Path top = dir.resolve("digits");
    Path a = png("digits/a.png");
    Path locked = Files.createDirectories(top.resolve("locked"));
    png("digits/locked/hidden.png");
    Path c = png("digits/z/c.png");
    int code = run(denying(Set.of(locked)), top.toString());
    assertThat(code).isEqualTo(1);
    assertThat(errors()).singleElement().asString()
        .startsWith(locked + ": cannot list directory: permission denied").contains("skipped");
    assertThat(out.toString().lines()).containsExactly("file,reading,confidence", a + ",3,0.8000", c + ",3,0.8000");
  }

  @Test
  void realPermissionsWhereTheyBind() throws IOException {
    Path locked = png("locked.png");
    Path sub = Files.createDirectories(dir.resolve("d/sub"));
    png("d/sub/x.png");
    Path b = png("d/b.png");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("---------"));
    try {
      assumeTrue(!Files.isReadable(locked), "this user (root) reads mode-000 files: the seam tests cover it");
      int code = run(FileAccess.REAL, locked.toString(), dir.resolve("d").toString());
      assertThat(code).isEqualTo(1);
      assertThat(errors()).hasSize(2);
      assertThat(errors().get(0)).contains("permission denied");
      assertThat(errors().get(1)).startsWith(sub + ": cannot list directory: permission denied");
      assertThat(out.toString()).contains(b + ",3,");
    } finally {
      Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void anEmptyDirectorySaysSoAndExitsOne() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("notes.txt"), "no images here");
    int code = run(FileAccess.REAL, empty.toString());
    assertThat(code).isEqualTo(1);
    assertThat(errors()).singleElement().asString().startsWith("predict: no images found in " + empty);
    assertThat(out.toString()).isEmpty();
    assertThat(modelLoads).isZero(); // nothing to read: the model is not even loaded
  }

  @Test
  void anEmptyDirectoryBesideImagesStillReadsThem() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path one = png("one.png");
    int code = run(FileAccess.REAL, empty.toString(), one.toString());
    assertThat(code).isEqualTo(1);
    assertThat(errors()).singleElement().asString().startsWith("predict: no images found in " + empty);
    assertThat(out.toString().lines()).containsExactly("file,reading,confidence", one + ",3,0.8000");
  }

  @Test
  void aDirectoryOrDeviceGivenAsAnImageIsNamedForWhatItIs() throws IOException {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull));
    int code = run(FileAccess.REAL, devNull.toString());
    assertThat(code).isEqualTo(1);
    assertThat(errors()).containsExactly("/dev/null: not a regular file (expected a PNG or JPEG image)");
  }

  @Test
  void resultsThatCannotBeWrittenAreAnErrorNotASilentSuccess() throws IOException {
    Path one = png("one.png");
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    PrintWriter o = new PrintWriter(full);
    PrintWriter e = new PrintWriter(err);
    int code = new CommandLine(new PredictCommand(o, e, m -> three, FileAccess.REAL)).setOut(o).setErr(e)
        .execute(one.toString());
    assertThat(code).isEqualTo(1);
    assertThat(errors()).containsExactly(
        "predict: cannot write the results to standard output (closed, or the disk is full)");
  }
}
