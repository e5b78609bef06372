// Package gqlext holds the service's gqlgen handler extensions and rules: the query
// limits and the cost report (limits.go, complexity.go), introspection off, validation
// without suggestions, the catalogue snapshot pinned per operation and its version in
// every response (catalogversion.go), and operation metrics.
package gqlext

import (
	"context"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/complexity"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/stadtdortmund/drehscheibe/internal/apierror"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/lexer"
)

// The codes of rejected operations. They are request errors: HTTP 422 with
// application/json responses (GraphQL over HTTP).
const (
	CodeDepth      = apierror.MaxDepthExceeded
	CodeAliases    = apierror.MaxAliasesExceeded
	CodeDirectives = apierror.MaxDirectivesExceeded
	CodeComplexity = apierror.ComplexityLimitExceeded
)

func init() {
	for _, c := range []string{CodeDepth, CodeAliases, CodeDirectives, CodeComplexity} {
		errcode.RegisterErrorType(c, errcode.KindProtocol)
	}
}

// Limits is the gqlgen extension that refuses hostile operations before they run and
// reports the cost of every operation in extensions.cost:
//
//   - MaxDirectives: directives in a row at one place (`@a @b …`); checked on the raw
//     text, before parsing and validation, so that a field with a hundred unknown
//     directives costs one error, not a hundred; the scan reads at most MaxTokens
//     tokens, like the parser after it;
//   - MaxTokens: tokens of the query text, the parser's limit (the server passes it
//     to gqlgen);
//   - MaxDepth: nesting of fields (introspection below __schema/__type excluded: the
//     validator bounds that itself);
//   - MaxAliases: aliased fields in the operation, fragments expanded;
//   - MaxComplexity: the static cost (Complexity: connections and lists multiply their
//     fields by the page size asked for).
//
// extensions.cost is {requested, actual, limit}: requested is the static cost, actual
// the number of fields in the response's data (both 0 for a request refused before it
// ran).
type Limits struct {
	MaxDepth, MaxAliases, MaxDirectives, MaxComplexity, MaxTokens int

	es graphql.ExecutableSchema
}

var (
	_ graphql.HandlerExtension          = &Limits{}
	_ graphql.OperationParameterMutator = &Limits{}
	_ graphql.OperationContextMutator   = &Limits{}
	_ graphql.ResponseInterceptor       = &Limits{}
)

// ExtensionName implements graphql.HandlerExtension.
func (*Limits) ExtensionName() string { return "Limits" }

// Validate implements graphql.HandlerExtension.
func (l *Limits) Validate(es graphql.ExecutableSchema) error {
	l.es = es
	return nil
}

// MutateOperationParameters implements graphql.OperationParameterMutator: the
// directive check on the raw query.
func (l *Limits) MutateOperationParameters(_ context.Context, p *graphql.RawParams) *gqlerror.Error {
	if strings.Count(p.Query, "@") <= l.MaxDirectives {
		return nil // cannot have more in a row
	}
	if n := directiveRun(p.Query, l.MaxTokens); n > l.MaxDirectives {
		return limitError(CodeDirectives, "Zu viele Direktiven an einer Stelle (%d, erlaubt %d)", n, l.MaxDirectives)
	}
	return nil
}

// directiveRun returns the longest run of directives in a row in the first maxTokens
// tokens of query (0: all). Lexical errors and the token limit end the count; the
// parser reports them.
func directiveRun(query string, maxTokens int) int {
	lx := lexer.New(&ast.Source{Input: query})
	longest, run := 0, 0
	afterDirective, parens := false, 0
	for n := 1; maxTokens == 0 || n <= maxTokens; n++ {
		tok, err := lx.ReadToken()
		if err != nil || tok.Kind == lexer.EOF {
			return longest
		}
		switch {
		case parens > 0:
			// inside a directive's arguments
			if tok.Kind == lexer.ParenL {
				parens++
			} else if tok.Kind == lexer.ParenR {
				parens--
			}
		case tok.Kind == lexer.At:
			if !afterDirective {
				run = 0
			}
			run++
			longest = max(longest, run)
			afterDirective = false
		case tok.Kind == lexer.Name && run > 0 && !afterDirective:
			afterDirective = true // the directive's name
		case tok.Kind == lexer.ParenL && afterDirective:
			parens = 1
		default:
			afterDirective, run = false, 0
		}
	}
	return longest
}

// MutateOperationContext implements graphql.OperationContextMutator: depth, aliases
// and complexity of the parsed, validated operation.
func (l *Limits) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	op := oc.Operation
	if op == nil {
		return nil
	}
	w := walk{maxDepth: l.MaxDepth}
	w.selections(op.SelectionSet, 1)
	if w.incremental != "" {
		// no transport here delivers deferred parts: the fields would stay null
		return limitError(errcode.ValidationFailed, "@%s wird nicht unterstützt: die Antwort kommt immer vollständig in einem Teil", w.incremental)
	}
	if w.depth > l.MaxDepth {
		return limitError(CodeDepth, "Die Anfrage ist zu tief verschachtelt (mehr als %d Ebenen)", l.MaxDepth)
	}
	requested := complexity.Calculate(ctx, l.es, op, oc.Variables)
	oc.Stats.SetExtension(costKey, &cost{requested: requested, limit: l.MaxComplexity})
	if w.aliases > l.MaxAliases {
		return limitError(CodeAliases, "Zu viele Aliase (%d, erlaubt %d)", w.aliases, l.MaxAliases)
	}
	if requested > l.MaxComplexity {
		return limitError(CodeComplexity, "Die Anfrage ist zu aufwendig (Kosten %d, erlaubt %d); weniger Felder oder kleinere Seiten (first) abfragen",
			requested, l.MaxComplexity)
	}
	return nil
}

// walk measures an operation: its depth and its aliases, fragments expanded. It stops
// descending past the depth limit (the operation is refused anyway).
type walk struct {
	maxDepth, depth, aliases int
	// incremental names an incremental-delivery directive (defer, stream) used
	incremental string
}

// noteDirectives records an incremental-delivery directive among ds.
func (w *walk) noteDirectives(ds ast.DirectiveList) {
	for _, d := range ds {
		if d.Name == "defer" || d.Name == "stream" {
			w.incremental = d.Name
		}
	}
}

func (w *walk) selections(set ast.SelectionSet, depth int) {
	if depth > w.maxDepth+1 {
		return
	}
	for _, s := range set {
		switch s := s.(type) {
		case *ast.Field:
			w.noteDirectives(s.Directives)
			if s.Alias != "" && s.Alias != s.Name {
				w.aliases++
			}
			if s.Name == "__schema" || s.Name == "__type" {
				continue
			}
			w.depth = max(w.depth, depth)
			w.selections(s.SelectionSet, depth+1)
		case *ast.InlineFragment:
			w.noteDirectives(s.Directives)
			w.selections(s.SelectionSet, depth)
		case *ast.FragmentSpread:
			w.noteDirectives(s.Directives)
			if s.Definition != nil {
				w.selections(s.Definition.SelectionSet, depth)
			}
		}
	}
}

func limitError(code, format string, args ...any) *gqlerror.Error {
	err := gqlerror.Errorf(format, args...)
	errcode.Set(err, code)
	return err
}

// costKey is where an operation's cost lives among its stats.
const costKey = "cost"

// cost is an operation's cost: the static estimate and its limit.
type cost struct {
	requested, limit int
}

func costOf(ctx context.Context) *cost {
	oc := graphql.GetOperationContext(ctx)
	if oc == nil {
		return nil
	}
	c, _ := oc.Stats.GetExtension(costKey).(*cost)
	return c
}

// InterceptResponse implements graphql.ResponseInterceptor: extensions.cost.
func (l *Limits) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp == nil {
		return resp
	}
	report := map[string]int{"requested": 0, "actual": 0, "limit": l.MaxComplexity}
	if graphql.HasOperationContext(ctx) {
		if c := costOf(ctx); c != nil {
			report["requested"], report["actual"] = c.requested, fieldsIn(resp.Data)
		}
	}
	if resp.Extensions == nil {
		resp.Extensions = map[string]any{}
	}
	resp.Extensions["cost"] = report
	return resp
}

// fieldsIn counts the fields of the JSON objects in data: the colons outside strings.
// One pass over the response instead of a field interceptor, which cost every field
// of every response a call (see docs/architecture.md, Cost).
func fieldsIn(data []byte) int {
	n, inString, escaped := 0, false, false
	for _, b := range data {
		switch {
		case escaped:
			escaped = false
		case inString && b == '\\':
			escaped = true
		case b == '"':
			inString = !inString
		case !inString && b == ':':
			n++
		}
	}
	return n
}

// String describes the limits for the start-up log.
func (l *Limits) String() string {
	return fmt.Sprintf("depth %d, aliases %d, directives %d, complexity %d, tokens %d", l.MaxDepth, l.MaxAliases, l.MaxDirectives, l.MaxComplexity, l.MaxTokens)
}
