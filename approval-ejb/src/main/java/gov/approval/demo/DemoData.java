package gov.approval.demo;

import gov.approval.identity.control.PasswordHasher;
import gov.approval.identity.entity.AccountKind;
import gov.approval.identity.entity.Citizen;
import gov.approval.identity.entity.Position;
import gov.approval.identity.entity.UserAccount;
import gov.approval.organisation.entity.Department;
import gov.approval.organisation.entity.Region;
import gov.approval.organisation.entity.ServiceHall;
import gov.approval.organisation.entity.ServiceWindow;
import gov.approval.organisation.entity.StaffMember;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the Weinan demo organisation and accounts when the database holds no region yet and demo
 * data is enabled ({@code approval.demo.enabled}). All demo accounts share one password, printed by
 * the run command.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  /** County-level divisions with their codes and two towns each. */
  static final List<String[]> COUNTIES =
      List.of(
          new String[] {"610502", "临渭区", "杜桥街道", "人民街道"},
          new String[] {"610503", "华州区", "华州街道", "杏林镇"},
          new String[] {"610522", "潼关县", "城关街道", "秦东镇"},
          new String[] {"610523", "大荔县", "城关街道", "朝邑镇"},
          new String[] {"610524", "合阳县", "城关街道", "洽川镇"},
          new String[] {"610525", "澄城县", "城关街道", "韦庄镇"},
          new String[] {"610526", "蒲城县", "城关街道", "罕井镇"},
          new String[] {"610527", "白水县", "城关街道", "尧禾镇"},
          new String[] {"610528", "富平县", "城关街道", "庄里镇"},
          new String[] {"610581", "韩城市", "新城街道", "龙门镇"},
          new String[] {"610582", "华阴市", "太华路街道", "罗敷镇"});

  private static final String[] VILLAGES = {"东关社区", "新庄村", "王家村", "南塬村"};

  /**
   * The 28 city departments with approval sections (names of the seed's era): code, name, short
   * name.
   */
  static final List<String[]> CITY_DEPARTMENTS =
      List.of(
          new String[] {"FGW", "渭南市发展和改革委员会", "发改委"},
          new String[] {"JYJ", "渭南市教育局", "教育局"},
          new String[] {"KJJ", "渭南市科学技术局", "科技局"},
          new String[] {"GXJ", "渭南市工业和信息化局", "工信局"},
          new String[] {"GAJ", "渭南市公安局", "公安局"},
          new String[] {"MZJ", "渭南市民政局", "民政局"},
          new String[] {"SFJ", "渭南市司法局", "司法局"},
          new String[] {"CZJ", "渭南市财政局", "财政局"},
          new String[] {"RSJ", "渭南市人力资源和社会保障局", "人社局"},
          new String[] {"GTJ", "渭南市国土资源局", "国土局"},
          new String[] {"HBJ", "渭南市环境保护局", "环保局"},
          new String[] {"ZJJ", "渭南市住房和城乡建设局", "住建局"},
          new String[] {"GHJ", "渭南市规划局", "规划局"},
          new String[] {"JTJ", "渭南市交通运输局", "交通局"},
          new String[] {"SLJ", "渭南市水务局", "水务局"},
          new String[] {"NYJ", "渭南市农业局", "农业局"},
          new String[] {"LYJ", "渭南市林业局", "林业局"},
          new String[] {"SWJ", "渭南市商务局", "商务局"},
          new String[] {"WGJ", "渭南市文化广电新闻出版局", "文广局"},
          new String[] {"WJW", "渭南市卫生和计划生育委员会", "卫计委"},
          new String[] {"GSJ", "渭南市工商行政管理局", "工商局"},
          new String[] {"ZLJ", "渭南市质量技术监督局", "质监局"},
          new String[] {"SYJ", "渭南市食品药品监督管理局", "食药监局"},
          new String[] {"AJJ", "渭南市安全生产监督管理局", "安监局"},
          new String[] {"GSWJ", "渭南市国家税务局", "国税局"},
          new String[] {"DSJ", "渭南市地方税务局", "地税局"},
          new String[] {"WJJ", "渭南市物价局", "物价局"},
          new String[] {"RFB", "渭南市人民防空办公室", "人防办"});

  /** Departments every county runs, stationed in the county hall. */
  static final List<String[]> COUNTY_DEPARTMENTS =
      List.of(
          new String[] {"FG", "发展和改革局", "发改局"},
          new String[] {"SC", "市场监督管理局", "市场监管局"},
          new String[] {"RS", "人力资源和社会保障局", "人社局"});

  private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙马胡朱郭何罗高林";
  private static final String[] GIVEN = {
    "建国", "海燕", "志强", "丽娟", "文博", "晓东", "秀英", "国栋", "静怡", "明轩", "雪梅", "伟", "敏", "磊", "洋", "婷"
  };

  @PersistenceContext EntityManager em;

  @Inject PasswordHasher hasher;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "approval.demo.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "approval.demo.password", defaultValue = "Demo@2026")
  String demoPassword;

  private String passwordHash;
  private Instant now;
  private int nameCounter;

  @PostConstruct
  void load() {
    if (!enabled) {
      return;
    }
    long regions = em.createQuery("SELECT COUNT(r) FROM Region r", Long.class).getSingleResult();
    if (regions > 0) {
      return;
    }
    long started = System.nanoTime();
    // One hash for every demo account: they share the demo password, and hashing 200 accounts with
    // production iterations would slow every start on an empty database.
    passwordHash = hasher.hash(demoPassword);
    now = clock.instant();

    Region city = persist(Region.city("610500000000", "渭南市"));
    ServiceHall cityHall = hall(city, "渭南市政务服务中心", "渭南市临渭区朝阳大街中段", "0913-2933000");
    Department office = persist(new Department("GLB", "渭南市行政服务中心管理办公室", "管理办", city, cityHall));
    staff(office, "admin", "系统管理员", EnumSet.of(Position.SYSTEM_ADMIN));
    staff(office, "halladmin", null, EnumSet.of(Position.HALL_ADMIN));
    staff(office, "supervisor", null, EnumSet.of(Position.SUPERVISOR));

    for (int i = 0; i < CITY_DEPARTMENTS.size(); i++) {
      String[] d = CITY_DEPARTMENTS.get(i);
      Department department = persist(new Department(d[0], d[1], d[2], city, cityHall));
      char zone = (char) ('A' + i / 8);
      int first = (i % 8) * 2 + 1;
      ServiceWindow w1 = window(department, zone, first, d[2] + "综合受理窗口");
      window(department, zone, first + 1, d[2] + "审批服务窗口");
      String prefix = d[0].toLowerCase();
      staff(department, prefix + ".head", null, EnumSet.of(Position.DEPARTMENT_HEAD));
      StaffMember chief = staff(department, prefix + ".chief", null, EnumSet.of(Position.REVIEWER));
      department.getSection().appointChiefRepresentative(chief);
      staff(department, prefix + ".clerk1", null, EnumSet.of(Position.CLERK)).seatAt(w1);
      staff(department, prefix + ".clerk2", null, EnumSet.of(Position.CLERK));
      staff(department, prefix + ".reviewer", null, EnumSet.of(Position.REVIEWER));
    }

    for (String[] c : COUNTIES) {
      Region county = persist(city.addChild(c[0] + "000000", c[1]));
      ServiceHall countyHall = hall(county, c[1] + "政务服务中心", c[1] + "行政中心", null);
      for (int t = 0; t < 2; t++) {
        String townCode = c[0] + String.format("%03d", t + 1) + "000";
        Region town = persist(county.addChild(townCode, c[2 + t]));
        hall(town, c[1] + c[2 + t] + "便民服务中心", c[1] + c[2 + t], null);
        for (int v = 0; v < 2; v++) {
          String name = VILLAGES[(t * 2 + v) % VILLAGES.length];
          Region village =
              persist(town.addChild(townCode.substring(0, 9) + String.format("%03d", v + 1), name));
          if (v == 0) {
            hall(village, c[1] + c[2 + t] + name + "便民服务室", null, null);
          }
        }
      }
      for (int i = 0; i < COUNTY_DEPARTMENTS.size(); i++) {
        String[] d = COUNTY_DEPARTMENTS.get(i);
        Department department =
            persist(new Department(c[0] + d[0], c[1] + d[1], d[2], county, countyHall));
        window(department, 'A', i + 1, d[2] + "窗口");
        StaffMember chief =
            staff(
                department, c[0] + d[0].toLowerCase() + ".chief", null, EnumSet.of(Position.CLERK));
        department.getSection().appointChiefRepresentative(chief);
      }
    }

    UserAccount citizen =
        persist(
            new UserAccount(
                "13800000001",
                passwordHash,
                AccountKind.CITIZEN,
                "张三",
                "zhangsan@example.cn",
                "13800000001",
                now));
    persist(new Citizen(citizen, "610502199001011233"));
    // Write now, inside this method: a failure then fails the deployment instead of vanishing at
    // commit.
    em.flush();

    LOG.info(() -> "Demo data loaded in " + (System.nanoTime() - started) / 1_000_000 + " ms");
  }

  private ServiceHall hall(Region region, String name, String address, String phone) {
    ServiceHall hall = new ServiceHall(region, name);
    hall.describe(name, address, phone, "周一至周五 9:00-12:00, 13:30-17:30");
    return persist(hall);
  }

  private ServiceWindow window(Department department, char zone, int number, String name) {
    return persist(
        new ServiceWindow(department.getSection(), zone + String.format("%02d", number), name));
  }

  private StaffMember staff(
      Department department, String username, String name, Set<Position> positions) {
    String displayName = name != null ? name : nextName();
    UserAccount account =
        persist(
            new UserAccount(
                username,
                passwordHash,
                AccountKind.STAFF,
                displayName,
                username + "@weinan.example.cn",
                null,
                now));
    return persist(new StaffMember(account, department, positions));
  }

  private String nextName() {
    int n = nameCounter++;
    return SURNAMES.charAt(n % SURNAMES.length())
        + GIVEN[(n / SURNAMES.length() + n) % GIVEN.length];
  }

  private <T> T persist(T entity) {
    em.persist(entity);
    return entity;
  }
}
