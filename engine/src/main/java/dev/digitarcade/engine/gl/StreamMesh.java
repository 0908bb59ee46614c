package dev.digitarcade.engine.gl;

import static org.lwjgl.opengl.GL33C.*;

import java.nio.FloatBuffer;

/**
 * A vertex array with one stream-draw buffer of interleaved float attributes (attribute {@code i}
 * at location {@code i}), for small shaders that send fresh vertices with every draw. Creating and
 * drawing leave the previously bound vertex array and array buffer bound; nothing is allocated per
 * draw.
 */
public final class StreamMesh implements AutoCloseable {
  private final int maxVertices;
  private final int floatsPerVertex;
  private int vao;
  private int vbo;
  private final GlState saved = GlState.of(GlState.Part.VERTEX_ARRAY);

  /**
   * A mesh holding up to {@code maxVertices} vertices, each made of attributes with the given
   * numbers of float components (1..4), in order.
   */
  public StreamMesh(int maxVertices, int... components) {
    if (maxVertices <= 0) {
      throw new IllegalArgumentException("mesh must hold at least one vertex, got " + maxVertices);
    }
    if (components.length == 0) {
      throw new IllegalArgumentException("mesh needs at least one attribute");
    }
    int floats = 0;
    for (int c : components) {
      if (c < 1 || c > 4) {
        throw new IllegalArgumentException("attribute components must be 1..4, got " + c);
      }
      floats += c;
    }
    this.maxVertices = maxVertices;
    this.floatsPerVertex = floats;
    try (GlState s = saved.save()) {
      vao = glGenVertexArrays();
      vbo = glGenBuffers();
      glBindVertexArray(vao);
      glBindBuffer(GL_ARRAY_BUFFER, vbo);
      int stride = floats * Float.BYTES;
      glBufferData(GL_ARRAY_BUFFER, (long) maxVertices * stride, GL_STREAM_DRAW);
      long offset = 0;
      for (int i = 0; i < components.length; i++) {
        glEnableVertexAttribArray(i);
        glVertexAttribPointer(i, components[i], GL_FLOAT, false, stride, offset);
        offset += (long) components[i] * Float.BYTES;
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  public int maxVertices() {
    return maxVertices;
  }

  public int floatsPerVertex() {
    return floatsPerVertex;
  }

  /**
   * Uploads {@code vertices} (position to limit, interleaved) to the start of the buffer and draws
   * the first {@code count} vertices as {@code mode} with the current program and state, then binds
   * again the vertex array and array buffer that were bound before. The buffer's position is left
   * where it was.
   */
  public void draw(int mode, FloatBuffer vertices, int count) {
    if (vao == 0) {
      throw new IllegalStateException("mesh is closed");
    }
    if (vertices.remaining() > maxVertices * floatsPerVertex) {
      throw new IllegalArgumentException(
          vertices.remaining() + " floats do not fit in a mesh of " + maxVertices + " vertices of " + floatsPerVertex);
    }
    if (count < 0 || (long) count * floatsPerVertex > vertices.remaining()) {
      throw new IllegalArgumentException(
          "cannot draw " + count + " vertices from " + vertices.remaining() + " floats of " + floatsPerVertex + " per vertex");
    }
    try (GlState s = saved.save()) {
      glBindVertexArray(vao);
      glBindBuffer(GL_ARRAY_BUFFER, vbo);
      glBufferSubData(GL_ARRAY_BUFFER, 0L, vertices);
      glDrawArrays(mode, 0, count);
    }
  }

  public boolean isClosed() {
    return vao == 0 && vbo == 0;
  }

  @Override
  public void close() {
    if (vbo != 0) {
      glDeleteBuffers(vbo);
      vbo = 0;
    }
    if (vao != 0) {
      glDeleteVertexArrays(vao);
      vao = 0;
    }
  }
}
