package org.amparo.workflows;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import org.flowable.common.engine.impl.javax.el.ELContext;
import org.flowable.common.engine.impl.javax.el.ELResolver;

import java.util.Set;

/**
 * Lets BPMN expressions such as {@code ${caseStepListener}} name CDI beans ({@code @Named}). The small
 * equivalent of flowable-cdi's resolver, which has no Jakarta build. Only normal-scoped beans should be named
 * this way: their client proxies need no destruction, so nothing leaks per evaluation.
 */
class CdiBeanResolver extends ELResolver {

    private final BeanManager beanManager;

    CdiBeanResolver(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base != null || !(property instanceof String name)) {
            return null;
        }
        Set<Bean<?>> beans = beanManager.getBeans(name);
        if (beans.isEmpty()) {
            return null;
        }
        Bean<?> bean = beanManager.resolve(beans);
        Object reference = beanManager.getReference(bean, Object.class, beanManager.createCreationalContext(bean));
        context.setPropertyResolved(true);
        return reference;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // beans are read-only to process expressions
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return Object.class;
    }
}
