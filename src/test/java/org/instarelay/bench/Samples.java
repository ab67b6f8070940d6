package org.instarelay.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The values one figure measured, usually one per run. The median is the figure (one slow run,
 * a GC pause or a neighbour on the machine, does not move it); min–max is the spread shown next to it.
 */
final class Samples {
    private final List<Double> values = new ArrayList<>();

    Samples add(double value) {
        values.add(value);
        return this;
    }

    int size() {
        return values.size();
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    /** The middle value; for an even count, the mean of the two middle ones. */
    double median() {
        List<Double> sorted = sorted();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    double min() {
        return sorted().get(0);
    }

    double max() {
        List<Double> sorted = sorted();
        return sorted.get(sorted.size() - 1);
    }

    List<Double> values() {
        return List.copyOf(values);
    }

    private List<Double> sorted() {
        if (values.isEmpty()) {
            throw new IllegalStateException("nothing was measured");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted;
    }
}
