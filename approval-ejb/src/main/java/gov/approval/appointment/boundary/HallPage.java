package gov.approval.appointment.boundary;

import java.util.List;

/** One hall's public page: the hall and its active windows. */
public record HallPage(PublicHall hall, List<PublicWindow> windows) {}
