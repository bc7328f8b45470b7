package org.doctally.total;

import java.util.List;
import org.doctally.report.Finding;

/** The derived values of one table, stale or not, and what doctally noticed on the way. */
public record TableTotals(List<DerivedValue> values, List<Finding> findings) {
}
