package gov.approval.demo;

import gov.approval.catalogue.entity.ServiceItem;
import gov.approval.portal.entity.LifeEvent;
import gov.approval.portal.entity.LifeEventItem;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Files the demo catalogue's items under the portal's life events and enterprise stages, by words
 * of their names, when demo data is enabled and nothing is filed yet. A real city files its items
 * by hand; the words here only stand in for that work.
 */
@Startup
@Singleton
@DependsOn("CatalogueDemoData")
public class LifeEventDemoData {

  private static final Logger LOG = Logger.getLogger(LifeEventDemoData.class.getName());

  /** Each event with the name fragments of its items, in the order they are shown. */
  static final Map<LifeEvent, List<String>> WORDS = new LinkedHashMap<>();

  static {
    WORDS.put(LifeEvent.BIRTH, List.of("出生登记", "生育服务登记", "户口迁移"));
    WORDS.put(LifeEvent.EDUCATION, List.of("学籍转接", "学生资助", "教师资格"));
    WORDS.put(LifeEvent.WORK, List.of("就业失业登记", "失业保险金", "工伤认定", "个人所得税"));
    WORDS.put(LifeEvent.MARRIAGE, List.of("结婚登记"));
    WORDS.put(LifeEvent.HOUSING, List.of("公共租赁住房", "房屋所有权首次登记", "不动产抵押权", "契税"));
    WORDS.put(LifeEvent.SOCIAL_SECURITY, List.of("养老保险参保", "养老保险待遇", "最低生活保障", "临时救助"));
    WORDS.put(LifeEvent.VEHICLE, List.of("驾驶证补领", "机动车注册登记", "身份证换领"));
    WORDS.put(LifeEvent.START, List.of("企业名称预先核准", "有限责任公司设立", "个体工商户设立", "税务登记", "农民专业合作社设立"));
    WORDS.put(
        LifeEvent.INVEST_BUILD,
        List.of("企业投资项目核准", "企业投资项目备案", "建设用地规划", "建设工程规划许可", "施工许可", "环境影响报告表"));
    WORDS.put(LifeEvent.OPERATE, List.of("食品经营许可", "发票领购", "增值税纳税申报", "企业年度报告", "公司变更登记"));
    WORDS.put(LifeEvent.CLOSE, List.of("公司注销登记", "延期申报"));
  }

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "approval.demo.enabled", defaultValue = "false")
  boolean enabled;

  @PostConstruct
  void load() {
    if (!enabled) {
      return;
    }
    long filed =
        em.createQuery("SELECT COUNT(e) FROM LifeEventItem e", Long.class).getSingleResult();
    if (filed > 0) {
      return;
    }
    int count = 0;
    for (Map.Entry<LifeEvent, List<String>> entry : WORDS.entrySet()) {
      int order = 0;
      Set<Long> seen = new HashSet<>();
      for (String word : entry.getValue()) {
        List<ServiceItem> items =
            em.createQuery(
                    "SELECT i FROM ServiceItem i WHERE i.name LIKE :word AND i.published IS NOT NULL"
                        + " ORDER BY i.implementationCode",
                    ServiceItem.class)
                .setParameter("word", "%" + word + "%")
                .getResultList();
        for (ServiceItem item : items) {
          if (!seen.add(item.getId())) {
            continue;
          }
          em.persist(new LifeEventItem(entry.getKey(), item, order++));
          count++;
        }
      }
    }
    // Write now, inside this method: a failure then fails the deployment instead of vanishing.
    em.flush();
    int filedNow = count;
    LOG.info(() -> "Demo life events: " + filedNow + " items filed");
  }
}
