package gov.approval.supervision.boundary;

/** One department's open cases on the board: by status, overdue, and under active warnings. */
public record DepartmentLoad(
    Long departmentId,
    String departmentName,
    long awaitingAcceptance,
    long correction,
    long accepted,
    long suspended,
    long decided,
    long open,
    long overdue,
    long yellow,
    long red) {}
