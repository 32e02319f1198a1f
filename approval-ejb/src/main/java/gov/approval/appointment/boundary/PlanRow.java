package gov.approval.appointment.boundary;

/** A window's slot plan: its own ({@code own}) or the configured default. */
public record PlanRow(
    Long windowId,
    String hallName,
    String windowNumber,
    String windowName,
    String departmentName,
    long version,
    String periods,
    int slotMinutes,
    int capacity,
    boolean own) {}
