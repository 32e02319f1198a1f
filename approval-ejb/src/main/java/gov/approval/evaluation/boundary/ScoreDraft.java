package gov.approval.evaluation.boundary;

import gov.approval.evaluation.control.Subject;
import gov.approval.evaluation.entity.Indicator;
import gov.approval.evaluation.entity.Measure;
import gov.approval.evaluation.entity.ScoreFormula;
import java.time.YearMonth;
import java.util.Map;

/** A computed, not yet stored score: what the job's processor hands its writer. */
public record ScoreDraft(
    YearMonth month,
    Subject subject,
    long ruleVersionId,
    int caseCount,
    ScoreFormula.Result result,
    Map<Indicator, Measure> measures) {}
