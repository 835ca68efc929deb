package io.parlgraph.apikey;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import io.micrometer.context.ContextSnapshot.Scope;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.execution.ContextPropagationHelper;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;

/**
 * Checks every root field of a mutation against its handler's {@code @PreAuthorize}
 * before any of them runs. Root mutation fields run one after the other, each in a
 * transaction of its own, so a field refused after an allowed one would leave the allowed
 * one written. A refusal is the error method security gives ({@code UNAUTHORIZED} without
 * a key, {@code FORBIDDEN} with a key of too low a role), for each refused field, and
 * nothing runs. A field under {@code @skip} or {@code @include} is checked too: refusing
 * more is the safe side.
 */
class MutationPermissions implements Instrumentation, SmartInitializingSingleton {

	private final ApplicationContext context;

	private final PreAuthorizeAuthorizationManager authorization = new PreAuthorizeAuthorizationManager();

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	/** Each mutation field's handler, as the invocation method security checks. */
	private Map<String, MethodInvocation> handlers = Map.of();

	MutationPermissions(ApplicationContext context, RoleHierarchy roles) {
		this.context = context;
		DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
		expressions.setRoleHierarchy(roles);
		expressions.setApplicationContext(context);
		this.authorization.setExpressionHandler(expressions);
	}

	@Override
	public void afterSingletonsInstantiated() {
		Map<String, MethodInvocation> found = new HashMap<>();
		for (Object controller : this.context.getBeansWithAnnotation(Controller.class).values()) {
			MethodIntrospector
				.selectMethods(AopUtils.getTargetClass(controller),
						(Method method) -> AnnotatedElementUtils.findMergedAnnotation(method, MutationMapping.class))
				.forEach((method, mapping) -> found.put(
						StringUtils.hasText(mapping.name()) ? mapping.name() : method.getName(),
						new SimpleMethodInvocation(controller, method)));
		}
		this.handlers = found;
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext execution = parameters.getExecutionContext();
		if (execution.getOperationDefinition().getOperation() != OperationDefinition.Operation.MUTATION) {
			return null;
		}
		Authentication caller = caller(execution);
		List<GraphQLError> refusals = new ArrayList<>();
		for (Field field : rootFields(execution, execution.getOperationDefinition().getSelectionSet(),
				new ArrayList<>())) {
			MethodInvocation handler = this.handlers.get(field.getName());
			// null: the handler has no @PreAuthorize
			AuthorizationResult result = (handler != null) ? this.authorization.authorize(() -> caller, handler) : null;
			if (result != null && !result.isGranted()) {
				refusals.add(refusal(field, caller));
			}
		}
		if (!refusals.isEmpty()) {
			throw new AbortExecutionException(refusals);
		}
		return null;
	}

	/**
	 * The caller, as the data fetchers will see it (Spring GraphQL restores it around
	 * each).
	 */
	private static Authentication caller(ExecutionContext execution) {
		try (Scope scope = ContextPropagationHelper.captureFrom(execution.getGraphQLContext()).setThreadLocals()) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			return (authentication != null) ? authentication : new AnonymousAuthenticationToken("anonymous",
					"anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
		}
	}

	private GraphQLError refusal(Field field, Authentication caller) {
		boolean anonymous = this.trust.isAnonymous(caller);
		return GraphqlErrorBuilder.newError()
			.errorType(anonymous ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN)
			.message(anonymous ? "Unauthorized" : "Forbidden")
			.location(field.getSourceLocation())
			.path(List.of(field.getResultKey()))
			.build();
	}

	/**
	 * The root fields of the selection set, with those of its fragments (validation ruled
	 * out cycles).
	 */
	private static List<Field> rootFields(ExecutionContext execution, SelectionSet selections, List<Field> into) {
		for (Selection<?> selection : selections.getSelections()) {
			if (selection instanceof Field field) {
				into.add(field);
			}
			else if (selection instanceof InlineFragment inline) {
				rootFields(execution, inline.getSelectionSet(), into);
			}
			else if (selection instanceof FragmentSpread spread) {
				rootFields(execution, execution.getFragment(spread.getName()).getSelectionSet(), into);
			}
		}
		return into;
	}

}
