package dev.digitarcade.model.natives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.lwjgl.system.JNI;
import org.lwjgl.system.Library;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.MemoryUtil;
import org.lwjgl.system.SharedLibrary;

class NativeEnvTest {

  /** What the C library's getenv sees: what native libraries such as TensorFlow read. */
  private static String nativeGetenv(String name) {
    try (SharedLibrary lib = Library.loadNative(NativeEnvTest.class, "org.lwjgl", "libc.so.6");
         MemoryStack stack = MemoryStack.stackPush()) {
      long p = JNI.invokePP(MemoryUtil.memAddress(stack.UTF8(name)), lib.getFunctionAddress("getenv"));
      return p == 0L ? null : MemoryUtil.memUTF8(p);
    }
  }

  @Test
  void setsAVariableNativeLibrariesSeeAndLeavesTheUsersAlone() {
    assumeTrue(System.getProperty("os.name", "").toLowerCase().contains("linux"), "Linux only");
    String name = "DIGIT_ARCADE_NATIVE_ENV_TEST_" + ProcessHandle.current().pid();
    assertThat(nativeGetenv(name)).isNull();

    assertThat(NativeEnv.setIfUnset(name, "42")).isTrue();
    assertThat(nativeGetenv(name)).isEqualTo("42");

    // A variable the user set (PATH is set in any test run) is not replaced.
    String path = System.getenv("PATH");
    assumeTrue(path != null);
    assertThat(NativeEnv.setIfUnset("PATH", "/nowhere")).isTrue();
    assertThat(nativeGetenv("PATH")).isEqualTo(path);
  }
}
