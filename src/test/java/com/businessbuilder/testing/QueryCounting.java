package com.businessbuilder.testing;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Counts the statements a request sends to the database, engine queries included, for tests and benchmarks that
 * hold a page to a bounded number of queries. Installed in every test application (META-INF/spring.factories),
 * so it adds no context configuration: the DataSource is wrapped to count the statements prepared on the current
 * thread, and a request sent with {@value #ASK} gets the count back in {@value #ANSWER}.
 */
public class QueryCounting implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  public static final String ASK = "X-Count-Queries";
  public static final String ANSWER = "X-Query-Count";
  private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");
  private static final ThreadLocal<AtomicInteger> COUNTER = new ThreadLocal<>();

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof Counted) ? new Counted(dataSource) : bean;
      }
    });
    context.addBeanFactoryPostProcessor(factory -> factory.registerSingleton("queryCountingFilter", filter()));
  }

  private static FilterRegistrationBean<Filter> filter() {
    Filter counting = (request, response, chain) -> {
      if (!(request instanceof HttpServletRequest http) || http.getHeader(ASK) == null) {
        chain.doFilter(request, response);
        return;
      }
      AtomicInteger count = new AtomicInteger();
      COUNTER.set(count);
      ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper((HttpServletResponse) response);
      try {
        chain.doFilter(request, buffered);
      } finally {
        COUNTER.remove();
      }
      buffered.setHeader(ANSWER, String.valueOf(count.get()));
      buffered.copyBodyToResponse();
    };
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(counting);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** A DataSource whose connections count the statements prepared on a counting thread. */
  static final class Counted extends DelegatingDataSource {

    Counted(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws java.sql.SQLException {
      return counting(super.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws java.sql.SQLException {
      return counting(super.getConnection(user, password));
    }

    private static Connection counting(Connection target) {
      return (Connection) Proxy.newProxyInstance(QueryCounting.class.getClassLoader(), new Class<?>[] {Connection.class},
          (proxy, method, args) -> {
            if (STATEMENTS.contains(method.getName()) && COUNTER.get() != null) {
              COUNTER.get().incrementAndGet();
            }
            if (method.getName().equals("unwrap") && args[0] == Connection.class) {
              return target;
            }
            try {
              return method.invoke(target, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }
  }
}
