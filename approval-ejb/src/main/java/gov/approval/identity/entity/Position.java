package gov.approval.identity.entity;

import static gov.approval.identity.entity.Permission.*;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** A staff position (岗位) and the permissions it grants; a staff member may hold several. */
public enum Position {
  /** 窗口人员: takes in and accepts applications at a window. */
  CLERK(ORG_VIEW, CASE_VIEW, CASE_INTAKE, CASE_ACCEPT),
  /** 审查人员: reviews accepted cases. */
  REVIEWER(ORG_VIEW, CASE_VIEW, CASE_REVIEW),
  /** 首席代表: heads the approval section in the hall and signs decisions. */
  CHIEF_REPRESENTATIVE(
      ORG_VIEW,
      CASE_VIEW,
      CASE_INTAKE,
      CASE_ACCEPT,
      CASE_REVIEW,
      CASE_DECIDE,
      CASE_EXTEND,
      CATALOGUE_EDIT),
  /** 部门负责人: runs the department, its section, windows and staff. */
  DEPARTMENT_HEAD(
      ORG_VIEW,
      DEPARTMENT_MANAGE,
      STAFF_MANAGE,
      CASE_VIEW,
      CASE_EXTEND,
      CATALOGUE_EDIT,
      CATALOGUE_REVIEW),
  /** 行政服务中心管理办公室: coordinates all sections and runs the assessment. */
  HALL_ADMIN(
      ORG_VIEW,
      ORG_MANAGE,
      DEPARTMENT_MANAGE,
      STAFF_MANAGE,
      CATALOGUE_REVIEW,
      CALENDAR_EDIT,
      CASE_VIEW,
      COMPLAINT_HANDLE,
      EVALUATION_MANAGE),
  /** 电子监察人员: watches deadlines, complaints and risks. */
  SUPERVISOR(ORG_VIEW, CASE_VIEW, SUPERVISE, COMPLAINT_HANDLE, AUDIT_VIEW),
  /** 系统管理员: maintains organisation, users, calendars and jobs. */
  SYSTEM_ADMIN(
      ORG_VIEW, ORG_MANAGE, DEPARTMENT_MANAGE, STAFF_MANAGE, CALENDAR_EDIT, JOB_MANAGE, AUDIT_VIEW);

  private final Set<Permission> permissions;

  Position(Permission... permissions) {
    this.permissions = Set.copyOf(EnumSet.of(permissions[0], permissions));
  }

  public Set<Permission> permissions() {
    return permissions;
  }

  public static Set<Permission> permissionsOf(Collection<Position> positions) {
    Set<Permission> all = EnumSet.noneOf(Permission.class);
    positions.forEach(position -> all.addAll(position.permissions));
    return all;
  }
}
