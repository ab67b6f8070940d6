package org.instarelay.bench;

import java.util.List;

/** Whether a series of samples rises: the least-squares slope, which one outlier cannot flip alone. */
final class Trend {
    private Trend() {}

    /** Change per step of the values taken at steps 0, 1, 2, ... */
    static double slope(List<Double> values) {
        int n = values.size();
        if (n < 2) {
            throw new IllegalArgumentException("a trend needs at least two samples");
        }
        double meanX = (n - 1) / 2.0;
        double meanY = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double covariance = 0;
        double variance = 0;
        for (int i = 0; i < n; i++) {
            covariance += (i - meanX) * (values.get(i) - meanY);
            variance += (i - meanX) * (i - meanX);
        }
        return covariance / variance;
    }
}
