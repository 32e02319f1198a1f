package gov.approval.evaluation.control;

import gov.approval.evaluation.entity.Indicator;
import gov.approval.evaluation.entity.Measure;

/**
 * A named source of one indicator's raw value. Every implementation is a CDI bean found by the
 * scoring; a feature that owns new data (complaints, warnings, correction orders, risk events) adds
 * its indicator by adding one such bean, and rule versions may then use it.
 */
public interface IndicatorSource {

  Indicator indicator();

  Measure measure(Subject subject, MonthWindow month);
}
