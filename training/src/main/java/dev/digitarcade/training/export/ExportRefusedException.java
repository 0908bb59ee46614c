package dev.digitarcade.training.export;

import java.io.IOException;

/** The export target is something the exporter may not replace. The message is one line; nothing was changed. */
public final class ExportRefusedException extends IOException {
  private static final long serialVersionUID = 1L;

  public ExportRefusedException(String message) {
    super(message);
  }
}
