package gov.approval.evaluation.control;

import gov.approval.evaluation.entity.Indicator;
import gov.approval.evaluation.entity.Measure;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Every indicator source deployed, by indicator. */
@Dependent
public class Measurements {

  @Inject @Any Instance<IndicatorSource> sources;

  /** The indicators some source can measure: the only ones rule versions may use. */
  public Set<Indicator> measurable() {
    Set<Indicator> all = EnumSet.noneOf(Indicator.class);
    sources.forEach(s -> all.add(s.indicator()));
    return all;
  }

  public Map<Indicator, Measure> measure(
      Set<Indicator> wanted, Subject subject, MonthWindow month) {
    Map<Indicator, Measure> measures = new EnumMap<>(Indicator.class);
    for (IndicatorSource source : sources) {
      if (wanted.contains(source.indicator())) {
        measures.put(source.indicator(), source.measure(subject, month));
      }
    }
    return measures;
  }
}
