package dev.digitarcade.game.predict;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import javax.imageio.stream.ImageInputStreamImpl;

/**
 * An image stream over a channel we opened ourselves, so that opening a file fails with the real
 * reason (permission denied, no such file) instead of ImageIO's silent null, and nothing is
 * cached in temporary files.
 */
final class ChannelImageInputStream extends ImageInputStreamImpl {
  private final SeekableByteChannel channel;
  private final ByteBuffer one = ByteBuffer.allocate(1);

  ChannelImageInputStream(SeekableByteChannel channel) {
    this.channel = channel;
  }

  @Override
  public int read() throws IOException {
    checkClosed();
    bitOffset = 0;
    one.clear();
    channel.position(streamPos);
    if (channel.read(one) <= 0) {
      return -1;
    }
    streamPos++;
    return one.get(0) & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    checkClosed();
    bitOffset = 0;
    if (len == 0) {
      return 0;
    }
    channel.position(streamPos);
    int n = channel.read(ByteBuffer.wrap(b, off, len));
    if (n <= 0) {
      return -1;
    }
    streamPos += n;
    return n;
  }

  @Override
  public long length() {
    try {
      return channel.size();
    } catch (IOException e) {
      return -1;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      super.close();
    } finally {
      channel.close();
    }
  }
}
