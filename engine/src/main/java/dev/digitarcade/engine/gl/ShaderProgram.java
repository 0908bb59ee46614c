package dev.digitarcade.engine.gl;

import static org.lwjgl.opengl.GL33C.*;

import java.util.HashMap;
import java.util.Map;

/** A linked vertex + fragment program. Compile and link errors throw with the driver's log. */
public final class ShaderProgram implements AutoCloseable {
  private final String name;
  private int program;
  private final Map<String, Integer> uniforms = new HashMap<>();

  public ShaderProgram(String name, String vertexSource, String fragmentSource) {
    this.name = name;
    int vs = compile(name, GL_VERTEX_SHADER, "vertex", vertexSource);
    int fs;
    try {
      fs = compile(name, GL_FRAGMENT_SHADER, "fragment", fragmentSource);
    } catch (RuntimeException e) {
      glDeleteShader(vs);
      throw e;
    }
    int p = glCreateProgram();
    glAttachShader(p, vs);
    glAttachShader(p, fs);
    glLinkProgram(p);
    glDetachShader(p, vs);
    glDetachShader(p, fs);
    glDeleteShader(vs);
    glDeleteShader(fs);
    if (glGetProgrami(p, GL_LINK_STATUS) != GL_TRUE) {
      String log = glGetProgramInfoLog(p);
      glDeleteProgram(p);
      throw new ShaderException("shader program '" + name + "' failed to link", log);
    }
    this.program = p;
  }

  private static int compile(String name, int type, String stage, String source) {
    int s = glCreateShader(type);
    glShaderSource(s, source);
    glCompileShader(s);
    if (glGetShaderi(s, GL_COMPILE_STATUS) != GL_TRUE) {
      String log = glGetShaderInfoLog(s);
      glDeleteShader(s);
      throw new ShaderException(stage + " shader of '" + name + "' failed to compile", log);
    }
    return s;
  }

  public void use() {
    glUseProgram(id());
  }

  public int id() {
    if (program == 0) {
      throw new IllegalStateException("shader program '" + name + "' is closed");
    }
    return program;
  }

  /** Location of a uniform; -1 (ignored by GL) if the driver optimised it away. */
  public int uniform(String uniformName) {
    return uniforms.computeIfAbsent(uniformName, n -> glGetUniformLocation(id(), n));
  }

  public void set(String uniformName, float x) {
    glUniform1f(uniform(uniformName), x);
  }

  public void set(String uniformName, float x, float y) {
    glUniform2f(uniform(uniformName), x, y);
  }

  public void set(String uniformName, int x) {
    glUniform1i(uniform(uniformName), x);
  }

  @Override
  public void close() {
    if (program != 0) {
      glDeleteProgram(program);
      program = 0;
    }
  }
}
