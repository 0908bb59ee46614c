/**
 * The MNIST recipe: one implementation, used by the game (every canvas change), the
 * {@code predict} command and the benchmarks. Entry point: {@link
 * dev.digitarcade.model.recipe.MnistRecipe#apply(byte[], int, int)} (or the {@code float[]}
 * overload) returns the 784 model inputs plus facts ({@link dev.digitarcade.model.recipe.MnistInput}),
 * or empty when nothing is drawn.
 *
 * <h2>What each step is worth</h2>
 *
 * Measured with {@code digit-trainer bench-drawn} (package {@code dev.digitarcade.training.drawn}):
 * 3000 drawings on a 280 px canvas, seed 1, 50-250 px tall, brush 5-26 px, anywhere; shipped
 * model (MNIST test 99.55 %). "All" is MNIST re-inked + font digits; "speckled" adds one or two
 * stray clicks. The stroke range 1.8-3.0 px was chosen on seed 100, not on the reported seed.
 *
 * <pre>
 *                       naive   basic  +specks +stroke  recipe
 * all (mnist + font)   63.96%  97.29%  97.29%  98.71%  98.71%
 * font                 61.25%  96.67%  96.67%  98.75%  98.75%
 * mnist re-inked       66.67%  97.92%  97.92%  98.67%  98.67%
 * speckled             63.67%  82.50%  97.50%  82.33%  98.33%
 * brush/height .25-.35 15.64%  78.21%  87.71%  83.80%  93.30%
 * brush/height >= .35  19.35%  37.10%  46.77%  67.74%  82.26%
 * </pre>
 *
 * <ul>
 *   <li>Speck removal: components other than the largest are dropped when they lie outside the
 *       digit's box and are either small (under a tenth of the largest's ink) or dot-shaped (no
 *       longer than 1.5 brush widths + 2 px, the mark of a stray click). Speckled: 82.5 to 97.5 %.
 *   <li>Stroke normalisation: the stroke width is estimated from ink area and perimeter
 *       (within about 5 % of the brush on the benchmark); if it would land outside 1.8-3.0 px in
 *       the 20 px box (MNIST's own strokes measure 1.6-3.1 px, 10th-90th percentile, with the same
 *       estimator), the edges are moved by a chamfer distance transform before downscaling.
 *       All drawings: 97.3 to 98.7 %; fat brushes on small digits gain the most.
 *   <li>Centre of mass: whole-pixel shift, as MNIST did.
 *   <li>Canvases about k times 280 px are block-reduced by k first, and ink longer than 100 px
 *       is reduced by a whole factor before the distance transform: cost stays that of the 280 px
 *       canvas (CPU time per call, this machine: p50 0.36 ms, p99 1.0 ms at 280 px; p50 0.5 ms at
 *       560 px).
 * </ul>
 */
package dev.digitarcade.model.recipe;
