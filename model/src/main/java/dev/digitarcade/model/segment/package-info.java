/**
 * Numbers: a drawn number cut into its digits ({@link dev.digitarcade.model.segment.Segmenter}) and
 * read ({@link dev.digitarcade.model.segment.NumberReader}), each digit through the MNIST recipe as
 * if drawn alone, all digits of a reading scored in one batched model call.
 *
 * <h2>For the game and {@code predict}</h2>
 *
 * <pre>
 * NumberReader reader = new NumberReader(classifier);   // one per worker thread (scratch inside)
 * NumberReading r = reader.read(canvas, 560, 560, strokes);
 * r.reading();      // Optional "2026": present only when every digit is sure
 * r.shown();        // "20?6": a digit where sure, '?' elsewhere
 * r.verdict();      // EMPTY, NOT_A_DIGIT ("not a number"), KEEP_DRAWING, UNSURE or SURE
 * r.digits();       // left to right: box (canvas px), digit, confidence, verdict, probabilities,
 *                   // notDigit, fragment, the 28x28 input, the strokes that drew it
 * </pre>
 *
 * Strokes: the ink strokes behind the canvas, in drawing order, the one being drawn included;
 * each is the pointer samples in canvas pixels with their time in seconds and the brush radius
 * ({@link dev.digitarcade.model.segment.Stroke}). Leave out eraser strokes and strokes undone (the
 * canvas, which is always read, already shows what they did). With no strokes (an image file) the
 * pixels alone are used; ink no passed stroke accounts for is segmented from its pixels too. A
 * canvas with one segment is read from the whole canvas, exactly as the single-digit reading
 * always was ({@code readOne} reads a prepared recipe input the same way, for {@code --single}).
 * More than {@value dev.digitarcade.model.segment.NumberReader#MAX_DIGITS} digits is "not a number".
 *
 * <h2>How it segments</h2>
 *
 * The canvas is looked at in 2 x 2 cells (560 px; a canvas about k times 280 px in k x k). The
 * parts to group are, with strokes, the ink nearest to each stroke along the ink (a breadth-first
 * search from every stroke's centre line, so crossing and touching strokes each keep their own
 * ink), and without strokes the connected components. The parts are grouped by the rules of
 * {@code Grouper}: touching strokes are one digit unless they are two tall groups side by side
 * (sharing more rows than columns) and together wider than half the line height, pairs plainly of
 * one digit (one above or inside the other) being joined first; a group above or below another in
 * its columns, or inside its box, is part of it (a 5's hat, a 1's foot, an 8's loops, a digit
 * broken in two, a correction drawn over a digit); dots join a digit near them or are dropped as
 * stray clicks (as the recipe judges specks); short groups join a near one, preferring the one
 * they overlap, then the one drawn just before or after them, then the nearest. The line height is
 * the tallest group's, or 0.8 of all the ink's when more.
 *
 * <p>What geometry cannot settle the model does, in the same call: neighbours within a quarter of
 * the line height of each other and together at most 1.25 line heights wide, or whose strokes
 * touch, are "joinable", and their union is scored too; a segment wide enough to be two touching
 * digits (0.9 of the line height; with strokes, only a segment of several strokes) is cut along the
 * seam from top to bottom that crosses the least ink, and its halves are scored. The model was
 * taught that two digits side by side are not a digit and that part of a digit is a fragment, so
 * the plausibility of an image as one digit the app can claim, (1 - not_digit - fragment) x top
 * probability, decides: a union is kept when at least 0.5 and above the product of the parts'; a
 * cut when the whole is below 0.5 and looks like two (not-a-digit at least fragment), both halves
 * reach 0.5 and their product beats the whole by 0.1. On four-digit numbers a reading scores 4 to 9
 * images, 5.2 on average (bench-numbers, tune split, with strokes).
 *
 * <p>Time is used where it tells something: the newest stroke, when it lies right of all other
 * ink, is a digit being begun and stays apart (the reading shows "keep drawing" for it, not a
 * spoiled previous digit); a short stroke between two digits goes to the one drawn just before or
 * after it; a stroke drawn later over an earlier digit joins that digit whatever came between.
 * Pauses alone do not separate digits: people pause as long inside a digit (before a 4's upright,
 * a 5's hat) as between two.
 *
 * <p>Each segment is laid into a strip as wide as the canvas and as tall as the segment and goes
 * through the recipe there: the recipe's result depends only on the ink and on the canvas's longer
 * side, so the input is bit for bit the one the digit would give drawn alone (a test checks this),
 * for less scanning.
 *
 * <p>Tried and dropped: taking out the writing's slant (the slant under which the ink's columns
 * are most concentrated, as handwriting readers do) was 0.17 off the drawn slant (root mean square)
 * and changed no figure of the benchmark; a test of where touching strokes meet (facing edges or
 * crossing) was replaced by letting the model judge every touching pair.
 *
 * <p>Measured with {@code digit-trainer bench-numbers} (docs/BENCHMARKS.md, "Numbers"). Known
 * limits: from pixels alone, touching digits are one component and only a pair wide enough is cut
 * (a touching "10" is as narrow as many a single digit and stays whole; three touching digits are
 * not cut into three); a piece of a digit drawn far from the rest (more than 0.2 of the line
 * height) is a digit of its own; over {@value dev.digitarcade.model.segment.Segmenter#MAX_STROKES}
 * strokes the pixels alone are used.
 */
package dev.digitarcade.model.segment;
