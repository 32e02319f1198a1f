package gov.approval.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A day that is not what its weekday says: a holiday on a weekday, or a make-up working day on a
 * weekend. Ordinary days are not stored; {@link WorkingCalendar} derives them from the weekday.
 */
@Entity
@Table(name = "calendar_day")
@NamedQuery(
    name = "CalendarDay.findBetween",
    query = "SELECT d FROM CalendarDay d WHERE d.day BETWEEN :from AND :to ORDER BY d.day")
@NamedQuery(name = "CalendarDay.findAll", query = "SELECT d FROM CalendarDay d ORDER BY d.day")
@NamedQuery(
    name = "CalendarDay.findByDay",
    query = "SELECT d FROM CalendarDay d WHERE d.day = :day")
public class CalendarDay {

  public static final int NAME_LENGTH = 40;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "calendar_date", nullable = false, unique = true)
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 16)
  private DayKind kind;

  @Column(name = "name", nullable = false, length = NAME_LENGTH)
  private String name;

  protected CalendarDay() {}

  public CalendarDay(LocalDate day, DayKind kind, String name) {
    this.day = Objects.requireNonNull(day);
    change(kind, name);
  }

  public void change(DayKind kind, String name) {
    this.kind = Objects.requireNonNull(kind);
    this.name = Objects.requireNonNull(name).strip();
  }

  public SpecialDay toSpecialDay() {
    return new SpecialDay(day, kind, name);
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public LocalDate getDay() {
    return day;
  }

  public DayKind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }
}
