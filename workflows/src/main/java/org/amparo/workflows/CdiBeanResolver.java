package org.amparo.workflows;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import org.flowable.common.engine.impl.javax.el.ELContext;
import org.flowable.common.engine.impl.javax.el.ELResolver;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Lets BPMN expressions such as {@code ${caseStepListener}} name CDI beans ({@code @Named}). The small
 * equivalent of flowable-cdi's resolver, which has no Jakarta build. Only normal-scoped beans should be named
 * this way: their client proxies need no destruction, so nothing leaks per evaluation.
 */
class CdiBeanResolver extends ELResolver {

    private final BeanManager beanManager;
    /** Only this module's own step beans, each looked up once: see {@link #ownSteps}. */
    private final ConcurrentMap<String, Optional<Object>> ownSteps;

    CdiBeanResolver(BeanManager beanManager) {
        this(beanManager, false);
    }

    private CdiBeanResolver(BeanManager beanManager, boolean ownStepsOnly) {
        this.beanManager = beanManager;
        this.ownSteps = ownStepsOnly ? new ConcurrentHashMap<>() : null;
    }

    /**
     * A resolver of this module's own steps and listeners only ({@code @Named}, normal-scoped beans of this package, such
     * as {@code ${screeningStep}}), which the engine asks before the process variables. Asked first, a step's name is
     * answered at once; asked after the variables, as any other bean is, each evaluation first looked the name up among
     * the execution's variables, a query of the variable table for an execution whose variables were not read yet
     * (3% of the demo data's writing in a profile, and one query per step in use). No process variable has a step's
     * name; each name's answer (its client proxy, or none) is kept.
     */
    static CdiBeanResolver ownSteps(BeanManager beanManager) {
        return new CdiBeanResolver(beanManager, true);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base != null || !(property instanceof String name)) {
            return null;
        }
        Object reference;
        if (ownSteps != null) {
            reference = ownSteps.computeIfAbsent(name, this::ownStep).orElse(null);
        } else {
            Set<Bean<?>> beans = beanManager.getBeans(name);
            reference = beans.isEmpty() ? null : reference(beanManager.resolve(beans));
        }
        if (reference == null) {
            return null;
        }
        context.setPropertyResolved(true);
        return reference;
    }

    private Optional<Object> ownStep(String name) {
        Set<Bean<?>> beans = beanManager.getBeans(name);
        if (beans.isEmpty()) {
            return Optional.empty();
        }
        Bean<?> bean = beanManager.resolve(beans);
        return bean.getBeanClass().getPackage() == CdiBeanResolver.class.getPackage() && beanManager.isNormalScope(bean.getScope())
                ? Optional.of(reference(bean)) : Optional.empty();
    }

    private Object reference(Bean<?> bean) {
        return beanManager.getReference(bean, Object.class, beanManager.createCreationalContext(bean));
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
