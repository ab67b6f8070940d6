package org.instarelay.bench;

/**
 * One row of the results table.
 *
 * @param name    what was measured, in the words
 * @param unit    of the median and the spread
 * @param goal    what it should be
 * @param samples one value per run (or per cycle, as {@code runs} says)
 * @param runs    how the samples were taken, as the table shows it
 */
record Figure(String name, String unit, Goal goal, Samples samples, String runs) {

    static Figure of(String name, String unit, Goal goal, Samples samples) {
        return new Figure(name, unit, goal, samples, Integer.toString(samples.size()));
    }

    /** A row for something that could not be measured, saying why. */
    static Figure notMeasured(String name, Goal goal) {
        return new Figure(name, "", goal, new Samples(), "0");
    }

    String median() {
        if (samples.isEmpty()) {
            return "—";
        }
        double median = samples.median();
        // "1 request", not "1 requests".
        String shown = median == 1 && unit.endsWith("s") && !unit.contains("/") ? unit.substring(0, unit.length() - 1) : unit;
        return Format.number(median) + " " + shown;
    }

    String spread() {
        return samples.isEmpty() ? "—" : Format.number(samples.min()) + "–" + Format.number(samples.max()) + " " + unit;
    }

    String verdict() {
        return goal.verdict(samples);
    }

    boolean met() {
        return goal.isMet(samples);
    }
}
