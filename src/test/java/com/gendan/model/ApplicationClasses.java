package com.gendan.model;

import com.gendan.GendanApplication;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.ScannedGenericBeanDefinition;
import org.springframework.core.type.MethodMetadata;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Reads Gendan's compiled main classes without starting Spring: the names of its Spring beans as
 * component scanning would register them, and its process constants classes. Test classes are left
 * out, so a test's own bean cannot stand in for a missing one.
 */
final class ApplicationClasses {

  private static final String BASE_PACKAGE = GendanApplication.class.getPackageName();
  private static final Set<String> CONSTANTS_GROUPS = Set.of("Elements", "Messages", "Beans");

  private ApplicationClasses() {}

  /**
   * Of the {@code @Component} classes ({@code @Service}, {@code @Configuration}, ...), @Bean
   * methods.
   */
  static Set<String> springBeanNames() {
    SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
    return mainClasses(new AnnotationTypeFilter(Component.class))
        .flatMap(
            component ->
                Stream.concat(
                    Stream.of(
                        AnnotationBeanNameGenerator.INSTANCE.generateBeanName(component, registry)),
                    beanMethodNames(component)))
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Classes with a nested {@code Elements}, {@code Messages} or {@code Beans} class. */
  static List<Class<?>> processConstantsClasses() {
    TypeFilter constantsClass =
        (reader, factory) ->
            Arrays.stream(reader.getClassMetadata().getMemberClassNames())
                .map(member -> member.substring(member.lastIndexOf('$') + 1))
                .anyMatch(CONSTANTS_GROUPS::contains);
    return mainClasses(constantsClass)
        .map(ScannedGenericBeanDefinition::getBeanClassName)
        .sorted()
        .<Class<?>>map(
            name -> ClassUtils.resolveClassName(name, ApplicationClasses.class.getClassLoader()))
        .toList();
  }

  private static Stream<String> beanMethodNames(AnnotatedBeanDefinition component) {
    return component.getMetadata().getAnnotatedMethods(Bean.class.getName()).stream()
        .flatMap(ApplicationClasses::beanNames);
  }

  private static Stream<String> beanNames(MethodMetadata method) {
    String[] names = method.getAnnotations().get(Bean.class).getStringArray("name");
    return names.length == 0 ? Stream.of(method.getMethodName()) : Arrays.stream(names);
  }

  /**
   * The main classes the filter accepts, whatever their {@code @Profile} or
   * {@code @ConditionalOnProperty}: a bean of some configurations is still a bean of the
   * application.
   */
  private static Stream<ScannedGenericBeanDefinition> mainClasses(TypeFilter filter) {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false) {
          @Override
          protected boolean isCandidateComponent(MetadataReader reader) throws IOException {
            return filter.match(reader, getMetadataReaderFactory());
          }
        };
    Path main = mainClassesFolder();
    return scanner.findCandidateComponents(BASE_PACKAGE).stream()
        .map(ScannedGenericBeanDefinition.class::cast)
        .filter(definition -> isIn(definition, main));
  }

  private static Path mainClassesFolder() {
    try {
      return Path.of(
          GendanApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isIn(ScannedGenericBeanDefinition definition, Path folder) {
    try {
      return definition.getResource().getFile().toPath().startsWith(folder);
    } catch (IOException e) {
      return false; // in a jar: a library's class, not Gendan's
    }
  }
}
