/*
 * Copyright the camel-palomma authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelpalomma;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of docs/architecture.md, checked on the compiled main classes: dependencies point downwards, no
 * package cycle, the simulator stands alone, and nothing public outside {@code internal} hands out an internal type.
 */
class PackageRulesTest {

    private static final String ROOT = "io.github.camelpalomma";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(ROOT);

    @Test
    void dependenciesPointDownwards() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("component")
                .definedBy(ROOT, ROOT + ".dsl")
                .layer("reconcile")
                .definedBy(ROOT + ".reconcile..")
                .layer("webhook")
                .definedBy(ROOT + ".webhook..")
                .layer("api")
                .definedBy(ROOT + ".api..")
                .layer("internal")
                .definedBy(ROOT + ".internal..")
                .layer("model")
                .definedBy(ROOT + ".model..")
                .layer("simulator")
                .definedBy(ROOT + ".simulator..")
                .whereLayer("component")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("reconcile")
                .mayOnlyBeAccessedByLayers("component")
                .whereLayer("webhook")
                .mayOnlyBeAccessedByLayers("component", "reconcile")
                .whereLayer("api")
                .mayOnlyBeAccessedByLayers("component", "reconcile")
                .whereLayer("internal")
                .mayOnlyBeAccessedByLayers("component", "reconcile", "webhook", "api")
                .whereLayer("simulator")
                .mayOnlyBeAccessedByLayers("component")
                .check(MAIN);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void modelDependsOnNothingElse() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        ROOT,
                        ROOT + ".api..",
                        ROOT + ".webhook..",
                        ROOT + ".reconcile..",
                        ROOT + ".internal..",
                        ROOT + ".simulator..",
                        "org.apache.camel..")
                .check(MAIN);
    }

    /** The simulator runs standalone: the API's records are all it shares with the component. */
    @Test
    void simulatorImportsNoCamelAndNothingOfTheComponent() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".simulator..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        ROOT,
                        ROOT + ".dsl..",
                        ROOT + ".api..",
                        ROOT + ".webhook..",
                        ROOT + ".reconcile..",
                        ROOT + ".internal..",
                        "org.apache.camel..")
                .check(MAIN);
    }

    @Test
    void nothingPublicHandsOutAnInternalType() {
        codeUnits()
                .that()
                .areDeclaredInClassesThat()
                .resideOutsideOfPackage(ROOT + ".internal..")
                .and()
                .areDeclaredInClassesThat()
                .arePublic()
                .and()
                .arePublic()
                .should(new ArchCondition<JavaCodeUnit>("not take or return a type of package internal") {
                    @Override
                    public void check(JavaCodeUnit unit, ConditionEvents events) {
                        boolean exposes = isInternal(unit.getRawReturnType())
                                || unit.getRawParameterTypes().stream().anyMatch(PackageRulesTest::isInternal);
                        events.add(new SimpleConditionEvent(unit, !exposes, unit.getFullName()));
                    }
                })
                .allowEmptyShould(true)
                .check(MAIN);
        fields().that()
                .areDeclaredInClassesThat()
                .resideOutsideOfPackage(ROOT + ".internal..")
                .and()
                .haveModifier(JavaModifier.PUBLIC)
                .should()
                .notHaveRawType(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "an internal type", PackageRulesTest::isInternal))
                .allowEmptyShould(true)
                .check(MAIN);
    }

    private static boolean isInternal(JavaClass type) {
        return type.getPackageName().startsWith(ROOT + ".internal");
    }
}
