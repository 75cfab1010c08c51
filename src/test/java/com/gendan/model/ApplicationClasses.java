package com.gendan.model;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.ScannedGenericBeanDefinition;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.util.ClassUtils;

import com.gendan.GendanApplication;

/**
 * Reads Gendan's compiled main classes without starting Spring: its process constants classes.
 * Test classes are left out.
 */
final class ApplicationClasses {

  private static final String BASE_PACKAGE = GendanApplication.class.getPackageName();
  private static final Set<String> CONSTANTS_GROUPS = Set.of("Elements", "Messages", "Beans");

  private ApplicationClasses() {
  }

  /** Classes with a nested {@code Elements}, {@code Messages} or {@code Beans} class. */
  static List<Class<?>> processConstantsClasses() {
    TypeFilter constantsClass = (reader, factory) ->
        Arrays.stream(reader.getClassMetadata().getMemberClassNames())
            .map(member -> member.substring(member.lastIndexOf('$') + 1))
            .anyMatch(CONSTANTS_GROUPS::contains);
    return mainClasses(constantsClass)
        .map(ScannedGenericBeanDefinition::getBeanClassName)
        .sorted()
        .<Class<?>>map(name ->
            ClassUtils.resolveClassName(name, ApplicationClasses.class.getClassLoader()))
        .toList();
  }

  /** The main classes the filter accepts. */
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
