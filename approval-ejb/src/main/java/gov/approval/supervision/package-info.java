/**
 * Electronic supervision (电子监察): watches every open case, raises yellow and red warnings per case
 * and per review step and escalates them up the department to the supervisors, tracks correction
 * orders to closure and flags integrity risks for review. It lives apart from casework because it
 * only observes cases (through the event casework fires after each transition) and never changes
 * them.
 */
package gov.approval.supervision;
