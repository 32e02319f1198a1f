package gov.approval.web.shell;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * Lets pages read record components as properties ({@code #{hall.name}} calls {@code hall.name()}).
 * Jakarta EL 5 of Jakarta EE 10 knows only JavaBeans getters; EL 6 adds this itself. Records are
 * read-only, so forms bind to backing-bean fields and build the record on submit.
 */
public class RecordELResolver extends ELResolver {

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Method accessor = accessor(base, property);
    if (accessor == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    try {
      return accessor.invoke(base);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    Method accessor = accessor(base, property);
    if (accessor == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (accessor(base, property) != null) {
      throw new PropertyNotWritableException("Record component " + property + " is read-only");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (accessor(base, property) == null) {
      return false;
    }
    context.setPropertyResolved(base, property);
    return true;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base instanceof Record ? String.class : null;
  }

  private static Method accessor(Object base, Object property) {
    if (!(base instanceof Record) || !(property instanceof String name)) {
      return null;
    }
    for (RecordComponent component : base.getClass().getRecordComponents()) {
      if (component.getName().equals(name)) {
        Method accessor = component.getAccessor();
        accessor.setAccessible(true);
        return accessor;
      }
    }
    // Not a component: let the bean resolver find a method such as isLeaf() on the record.
    return null;
  }
}
