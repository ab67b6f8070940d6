package org.instarelay.bench;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a figure should be, as the issue states it, and how the measurement is judged against it.
 *
 * <p>Timings and growth trends are judged on the median, which is what the table reports. Counts
 * and memory levels are judged on every run: one cycle that costs two requests, or one process over
 * the heap limit, is a miss even if the median looks fine.
 */
final class Goal {
    private static final String CONTEXT = "—";

    private final String text;
    private final Predicate<Samples> met;
    private final Function<Samples, String> miss;

    private Goal(String text, Predicate<Samples> met, Function<Samples, String> miss) {
        this.text = text;
        this.met = met;
        this.miss = miss;
    }

    /** The median must be under {@code limit}. */
    static Goal below(double limit, String unit) {
        return new Goal("under " + Format.number(limit) + " " + unit, samples -> samples.median() < limit,
                samples -> "missed by " + over(samples.median(), limit, unit));
    }

    /**
     * The median must be within {@code fraction} above {@code floor}, the least it can be;
     * {@code floorText} says how the floor is reached.
     */
    static Goal within(double fraction, double floor, String unit, String floorText) {
        double limit = floor * (1 + fraction);
        return new Goal("within " + Math.round(fraction * 100) + " % of " + floorText + " (under "
                + Format.number(limit) + " " + unit + ")", samples -> samples.median() < limit,
                samples -> "missed by " + over(samples.median(), limit, unit));
    }

    /** Every run must be under {@code limit}. */
    static Goal everyBelow(double limit, String unit) {
        return new Goal("under " + Format.number(limit) + " " + unit + " (every run)", samples -> samples.max() < limit,
                samples -> "missed: worst run " + over(samples.max(), limit, unit) + " over");
    }

    /** Every run must be at most {@code limit}. */
    static Goal everyAtMost(double limit, String text) {
        return new Goal(text, samples -> samples.max() <= limit,
                samples -> "missed: worst run " + Format.number(samples.max()) + ", limit " + Format.number(limit));
    }

    /** Every run must measure exactly {@code value}. */
    static Goal exactly(double value) {
        return new Goal("exactly " + Format.number(value), samples -> samples.min() == value && samples.max() == value,
                samples -> "missed: runs measured " + Format.number(samples.min()) + "–" + Format.number(samples.max()));
    }

    /** The median must be at most {@code limit}: for changes that hover around zero. */
    static Goal medianAtMost(double limit, String unit, String text) {
        return new Goal(text, samples -> samples.median() <= limit,
                samples -> "missed by " + over(samples.median(), limit, unit));
    }

    /** Shown for context; no goal of its own. */
    static Goal none() {
        return new Goal(CONTEXT, samples -> true, samples -> "");
    }

    String text() {
        return text;
    }

    String verdict(Samples samples) {
        if (samples.isEmpty()) {
            return "not measured";
        }
        if (text.equals(CONTEXT)) {
            return "(context)";
        }
        return met.test(samples) ? "met" : "**" + miss.apply(samples) + "**";
    }

    boolean isMet(Samples samples) {
        return !samples.isEmpty() && met.test(samples);
    }

    private static String over(double value, double limit, String unit) {
        return Format.number(value - limit) + " " + unit + " (" + Format.percent((value - limit) / limit) + ")";
    }
}
