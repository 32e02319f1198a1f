package gov.approval.it.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import gov.approval.it.support.TestPeople;
import gov.approval.it.support.WebCitizens;
import gov.approval.it.support.WebClient;
import gov.approval.it.support.WebClient.Page;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The hall pages and the kiosk start page over HTTP as visitors see them (no session), and a
 * citizen booking a window visit through the pages, finding it in the user centre and cancelling
 * it, while the window's clerk sees it in the day's list.
 */
class HallPagesIT {

  private static final String PASSWORD = "Demo@2026pass";

  @Test
  void hallsAtEveryLevelAreListedAndFilteredWithoutASession() {
    WebClient visitor = new WebClient();
    Page all = visitor.get("/halls.xhtml");
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.html().select("#hallList .hall-name").eachText())
        .anyMatch(name -> name.contains("渭南市政务服务中心"));
    assertThat(all.html().select("#hallList .tile").text()).contains("地址：", "办公时间：", "电话：");
    assertThat(all.html().select("#level option").eachText()).contains("市", "县（区）", "镇（街道）");

    Page counties = visitor.get("/halls.xhtml?level=COUNTY");
    assertThat(counties.html().select("#hallList .tile .hint").eachText())
        .isNotEmpty()
        .allMatch(level -> level.startsWith("县（区）"));
    assertThat(counties.html().select("#hallList .hall-name").eachText())
        .noneMatch(name -> name.contains("渭南市政务服务中心"));

    Element county =
        counties.html().select("#region option").stream()
            .filter(o -> o.text().equals("临渭区"))
            .findFirst()
            .orElseThrow();
    Page belowCounty = visitor.get("/halls.xhtml?region=" + county.val());
    assertThat(belowCounty.html().select("#hallList .tile .hint").eachText())
        .anyMatch(level -> level.startsWith("县（区） · 临渭区"))
        .anyMatch(level -> level.startsWith("镇（街道）"))
        .anyMatch(level -> level.startsWith("村（社区）"))
        .noneMatch(level -> level.startsWith("市"));

    Page bad = visitor.get("/halls.xhtml?level=PLANET&region=abc");
    assertThat(bad.status()).isEqualTo(200);
    assertThat(bad.html().select("#hallList .tile"))
        .hasSameSizeAs(all.html().select("#hallList .tile"));
    assertThat(visitor.sessionId()).isEmpty();
  }

  @Test
  void aHallShowsItsWindowsWithTheirItemsAndBookingLinks() {
    WebClient visitor = new WebClient();
    Page hall = visitor.get(cityHallPath(visitor));
    assertThat(hall.status()).isEqualTo(200);
    assertThat(hall.html().select("h1").text()).contains("渭南市政务服务中心");
    assertThat(hall.html().select("#hallAddress").text()).isNotBlank();
    assertThat(hall.html().select("section.window")).isNotEmpty();
    Element item = hall.html().select("section.window .window-items a").first();
    assertThat(item.attr("href")).contains("/item.xhtml?code=");
    assertThat(
            visitor
                .get(item.attr("href").substring(item.attr("href").indexOf("/item.xhtml")))
                .text())
        .contains(item.text());
    assertThat(hall.html().select("section.window a.book").first().attr("href"))
        .contains("/my/book.xhtml?window=");

    Page unknown = visitor.get("/hall.xhtml?id=987654321");
    assertThat(unknown.status()).isEqualTo(200);
    assertThat(unknown.text()).contains("找不到该办事大厅");
    assertThat(visitor.sessionId()).isEmpty();
  }

  @Test
  void theKioskStartPageOffersOnlyPublicFunctionsWithoutASession() {
    WebClient kiosk = new WebClient();
    Page start = kiosk.get("/kiosk/index.xhtml");
    assertThat(start.status()).isEqualTo(200);
    assertThat(start.html().select("#login, #register, #userCentre, a[href*=/my/]")).isEmpty();
    assertThat(start.html().select("#kioskProgress").attr("action")).endsWith("/progress.xhtml");
    assertThat(start.html().select("#kioskSearch").attr("action")).endsWith("/search.xhtml");
    assertThat(start.html().select("#kioskHalls").attr("href")).endsWith("/halls.xhtml");
    assertThat(start.html().select("#kioskRate").attr("href")).endsWith("/kiosk/rate.xhtml");
    assertThat(start.html().select("#kioskKeyboard #key-7, #kioskKeyboard #key-A")).hasSize(2);
    assertThat(start.html().select("[data-kiosk-idle]").attr("data-kiosk-idle")).isEqualTo("120");
    assertThat(kiosk.sessionId()).isEmpty();

    // The rate tile explains how a visit is rated; only a clerk's token opens a visit's rating.
    Page rate = kiosk.get("/kiosk/rate.xhtml");
    assertThat(rate.status()).isEqualTo(200);
    assertThat(rate.html().select("#howTo h2").text()).isEqualTo("如何评价刚办完的业务");
    assertThat(rate.html().select("#howTo").text()).contains("发起评价");
    assertThat(rate.html().select("#rateForm")).isEmpty();
    assertThat(rate.html().select(".ui-messages-error, .ui-message-error")).isEmpty();
  }

  @Test
  void inKioskModeTheUserCentreLoginAndBackOfficeLeadToTheKioskStartWithoutASession() {
    // The cookie kiosk.js sets on the kiosk start page.
    WebClient kiosk = new WebClient().withCookie("approval-kiosk", "120");
    for (String closed :
        List.of("/my/cases.xhtml", "/login.xhtml", "/register.xhtml", "/staff/admin/mail.xhtml")) {
      Page page = kiosk.get(closed);
      assertThat(page.uri().getPath()).as(closed).endsWith("/kiosk/index.xhtml");
      assertThat(page.html().select("#kioskProgress")).as(closed).hasSize(1);
    }
    assertThat(kiosk.sessionId()).as("no login was started").isEmpty();
    assertThat(kiosk.get("/progress.xhtml").uri().getPath()).endsWith("/progress.xhtml");

    Page elsewhere = new WebClient().get("/my/cases.xhtml");
    assertThat(elsewhere.uri().getPath()).endsWith("/login.xhtml");
  }

  @Test
  void aCitizenBooksThroughThePagesAndCancels() {
    WebClient visitor = new WebClient();
    Page hall = visitor.get(cityHallPath(visitor));
    String bookLink = hall.html().select("section.window a.book").first().attr("href");
    String windowNumber =
        hall.html().select("section.window a.book").first().closest("section").id().substring(7);

    WebClient citizen = new WebClient();
    String mobile =
        WebCitizens.register(citizen, "郎预约" + TestPeople.mobile().substring(8), PASSWORD);
    citizen.login(mobile, PASSWORD);
    Page book = citizen.get(bookLink.substring(bookLink.indexOf("/my/book.xhtml")));
    assertThat(book.status()).isEqualTo(200);
    assertThat(book.html().select("#where").text()).contains("渭南市政务服务中心", windowNumber);
    Element slot = book.html().select(".slot button.book-slot:not([disabled])").first();
    assertThat(slot).as("a slot with a free place").isNotNull();
    // The selects as a browser posts them: the item and the day the page chose.
    Map<String, String> choices =
        Map.of(
            "bookForm:item_input",
            book.html().select("select[name=bookForm:item_input] option").first().val(),
            "bookForm:day_input",
            book.html().select("select[name=bookForm:day_input] option[selected]").first().val());
    Page booked = citizen.submit(book, "bookForm", choices, slot.id());
    assertThat(booked.uri().getPath()).as(booked.text()).endsWith("/my/appointments.xhtml");
    assertThat(booked.text()).contains("预约成功");
    Element mine = booked.html().select(".appointment").first();
    String number = mine.select(".number").text();
    assertThat(mine.select(".status").text()).isEqualTo("已预约");

    Page cancelled =
        citizen.submit(
            booked, "appointmentsForm", Map.of(), mine.select("button[id$=cancel]").first().id());
    assertThat(cancelled.text()).contains("预约 " + number + " 已取消");
    assertThat(cancelled.html().select("#appointment-" + number + " .status").text())
        .isEqualTo("已取消");
  }

  @Test
  void hallStaffSeeTheDayListAndTheSlotPlans() {
    WebClient clerk = new WebClient();
    clerk.login("fgw.clerk1", "Demo@2026");
    Page day = clerk.get("/staff/appointments/day.xhtml");
    assertThat(day.status()).isEqualTo(200);
    assertThat(day.html().select("h1").text()).contains("当日预约");
    assertThat(day.html().select("#dayForm\\:hall_input option").eachText())
        .containsExactly("渭南市政务服务中心");
    assertThat(clerk.get("/staff/appointments/plans.xhtml").status()).isEqualTo(403);

    WebClient office = new WebClient();
    office.login("halladmin", "Demo@2026");
    Page plans = office.get("/staff/appointments/plans.xhtml");
    assertThat(plans.status()).isEqualTo(200);
    assertThat(plans.html().select("#plansForm\\:plans").text())
        .contains("09:00-12:00,14:00-17:00");
  }

  private static String cityHallPath(WebClient visitor) {
    Element link =
        visitor.get("/halls.xhtml?level=CITY").html().select("#hallList .hall-name").stream()
            .filter(a -> a.text().contains("渭南市政务服务中心"))
            .findFirst()
            .orElseThrow();
    return link.attr("href").substring(link.attr("href").indexOf("/hall.xhtml"));
  }
}
