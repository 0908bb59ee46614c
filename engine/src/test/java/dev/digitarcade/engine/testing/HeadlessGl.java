package dev.digitarcade.engine.testing;

import dev.digitarcade.engine.input.InputBridge;
import dev.digitarcade.engine.input.InputQueue;
import dev.digitarcade.engine.window.Glfw;
import dev.digitarcade.engine.window.Window;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real headless GL 3.3 context (GLFW null platform + EGL, Mesa) for tests, current on the
 * calling thread until closed. Shipped in the engine's test-jar for other modules' tests.
 */
public final class HeadlessGl implements AutoCloseable {
  private final Glfw glfw;
  private final Window window;

  public HeadlessGl(int width, int height) {
    glfw = Glfw.init(true, Map.of(), "Linux");
    try {
      window = new Window(glfw, "test", width, height, new InputBridge(new InputQueue(), () -> 0.0));
    } catch (RuntimeException e) {
      glfw.close();
      throw e;
    }
  }

  public Window window() {
    return window;
  }

  /** The repository root (surefire sets {@code digitarcade.root}). */
  public static Path root() {
    String root = System.getProperty("digitarcade.root");
    return root != null ? Path.of(root) : Path.of("..").toAbsolutePath().normalize();
  }

  /** Where the engine's tests put images for people to look at. */
  public static Path screenshots() {
    return screenshots("engine");
  }

  /** Where the tests of {@code module} (a directory under the root) put images to look at. */
  public static Path screenshots(String module) {
    Path dir = root().resolve(module).resolve("target/screenshots");
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      window.close();
    } finally {
      glfw.close();
    }
  }
}
