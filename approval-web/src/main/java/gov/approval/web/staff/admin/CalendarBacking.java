package gov.approval.web.staff.admin;

import gov.approval.calendar.boundary.CalendarDayForm;
import gov.approval.calendar.boundary.CalendarDayRow;
import gov.approval.calendar.boundary.CalendarService;
import gov.approval.calendar.boundary.CalendarYear;
import gov.approval.calendar.boundary.ScheduleRefusedException;
import gov.approval.calendar.entity.DayKind;
import gov.approval.calendar.entity.DueDate;
import gov.approval.calendar.entity.Explanation;
import gov.approval.calendar.entity.LimitUnit;
import gov.approval.calendar.entity.ScheduleProblem;
import gov.approval.web.i18n.Texts;
import gov.approval.web.shell.Attempt;
import gov.approval.web.shell.Deadlines;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * The working-day calendar ({@code /staff/admin/calendar.xhtml}): a year's holidays and make-up
 * days with add, change and remove; a year imported from a schedule file (every bad line listed,
 * nothing changed); and the due-date calculator every deadline of the platform goes through.
 */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Schedule files are a few dozen lines; anything this large is not one. */
  static final int MAX_FILE_BYTES = 64 * 1024;

  @Inject CalendarService calendarService;

  @Inject Clock clock;

  private int year;
  private List<Integer> years;
  private List<CalendarDayRow> days;

  private CalendarDayRow editing;
  private LocalDate day;
  private DayKind kind = DayKind.HOLIDAY;
  private String name;

  private transient Part file;
  private List<ScheduleProblem> problems = List.of();

  private LocalDate start;
  private int limitDays = 20;
  private LimitUnit unit = LimitUnit.WORKING_DAYS;
  private DueDate due;

  @PostConstruct
  void load() {
    year = LocalDate.now(clock).getYear();
    start = LocalDate.now(clock);
    refresh();
  }

  private void refresh() {
    TreeSet<Integer> known = new TreeSet<>();
    calendarService.years().stream().map(CalendarYear::year).forEach(known::add);
    known.add(year);
    known.add(LocalDate.now(clock).getYear());
    known.add(LocalDate.now(clock).getYear() + 1);
    years = List.copyOf(known.descendingSet());
    days = calendarService.year(year);
  }

  public void changeYear() {
    refresh();
  }

  public void startCreate() {
    editing = null;
    day = null;
    kind = DayKind.HOLIDAY;
    name = null;
  }

  public void startEdit(CalendarDayRow row) {
    editing = row;
    day = row.day();
    kind = row.kind();
    name = row.name();
  }

  public void save() {
    CalendarDayForm form = new CalendarDayForm(day, kind, name);
    CalendarDayRow saved =
        Attempt.get(
            () ->
                calendarService.save(
                    form,
                    editing == null ? null : editing.id(),
                    editing == null ? 0 : editing.version()));
    if (saved != null) {
      Texts.info("staff_admin_calendar.saved", saved.day(), saved.name());
      year = saved.day().getYear();
      refresh();
    }
  }

  public void remove(CalendarDayRow row) {
    if (Attempt.run(() -> calendarService.remove(row.id(), row.version()))) {
      Texts.info("staff_admin_calendar.removed", row.day(), row.name());
    }
    refresh();
  }

  public void importSchedule() {
    problems = List.of();
    String text = readFile();
    if (text == null) {
      return;
    }
    Integer count =
        Attempt.get(
            () -> {
              try {
                return calendarService.importYear(year, text);
              } catch (ScheduleRefusedException e) {
                problems = e.getProblems();
                throw e;
              }
            });
    if (count != null) {
      Texts.info("staff_admin_calendar.imported", year, count);
    }
    refresh();
  }

  /** The uploaded schedule as text, or null with a message when it is not a UTF-8 text file. */
  private String readFile() {
    if (file == null || file.getSize() == 0) {
      Texts.error("staff_admin_calendar.fileRequired");
      return null;
    }
    if (file.getSize() > MAX_FILE_BYTES) {
      Texts.error("staff_admin_calendar.fileTooLarge", MAX_FILE_BYTES / 1024);
      return null;
    }
    try (InputStream in = file.getInputStream()) {
      byte[] bytes = in.readAllBytes();
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      if (text.indexOf('\0') >= 0) {
        throw new CharacterCodingException();
      }
      return text;
    } catch (CharacterCodingException e) {
      Texts.error("staff_admin_calendar.fileNotText");
      return null;
    } catch (IOException e) {
      throw new IllegalStateException("reading an uploaded schedule", e);
    }
  }

  public void calculate() {
    due = Attempt.get(() -> calendarService.due(start, limitDays, unit, List.of(), List.of()));
  }

  /** The explanation of the calculated due date, one sentence per line. */
  public List<String> getExplanation() {
    return Deadlines.explanation(due);
  }

  /** One explanation line in the user's language. */
  public static String sentence(Explanation line) {
    return Deadlines.sentence(line);
  }

  /** A refused import's problem in the user's language. */
  public String problemText(ScheduleProblem problem) {
    return Texts.text(problem.messageKey(), problem.arguments().toArray());
  }

  public DayKind[] getKinds() {
    return DayKind.values();
  }

  public LimitUnit[] getUnits() {
    return LimitUnit.values();
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public List<Integer> getYears() {
    return years;
  }

  public List<CalendarDayRow> getDays() {
    return days;
  }

  public CalendarDayRow getEditing() {
    return editing;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public DayKind getKind() {
    return kind;
  }

  public void setKind(DayKind kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public List<ScheduleProblem> getProblems() {
    return problems;
  }

  public LocalDate getStart() {
    return start;
  }

  public void setStart(LocalDate start) {
    this.start = start;
  }

  public int getLimitDays() {
    return limitDays;
  }

  public void setLimitDays(int limitDays) {
    this.limitDays = limitDays;
  }

  public LimitUnit getUnit() {
    return unit;
  }

  public void setUnit(LimitUnit unit) {
    this.unit = unit;
  }

  public DueDate getDue() {
    return due;
  }
}
