/**
 * What a run and a model show besides their text: TensorBoard event files ({@link
 * dev.digitarcade.training.insight.EventWriter}: TensorFlow's {@code Event} protos in TFRecord
 * frames, written in Java) and pictures drawn with Java2D, headless: {@code training.png}
 * ({@link dev.digitarcade.training.insight.TrainingPlot}) and the evaluation's confusion heat
 * map, per-class bars and misread sheet ({@link dev.digitarcade.training.insight.Plots}). It
 * depends on no other package of training but {@code data} (atomic writes); {@code train} and
 * {@code cli} use it.
 */
package dev.digitarcade.training.insight;
