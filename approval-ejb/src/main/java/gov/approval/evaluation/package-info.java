/**
 * Citizen evaluation (好差评) and performance assessment: ratings after completion, the bad-review
 * rectification loop with appeals, assessment rules kept as versioned data, and monthly scores.
 * Kept as one feature because a score must be traceable to the ratings and cases behind it, and an
 * upheld appeal must change exactly the scores its rating fed.
 */
package gov.approval.evaluation;
