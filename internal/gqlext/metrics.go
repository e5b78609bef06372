package gqlext

import (
	"context"
	"time"

	"github.com/99designs/gqlgen/graphql"
)

// Metrics is the gqlgen extension that times operations and counts errors by code: it
// tells Operation of every operation (its type — query, mutation, or invalid — its
// name, and how long it took from reading the request) and Error of every error.
type Metrics struct {
	Operation func(typ, name string, seconds float64)
	Error     func(code string)
}

var _ interface {
	graphql.HandlerExtension
	graphql.ResponseInterceptor
} = Metrics{}

// ExtensionName implements graphql.HandlerExtension.
func (Metrics) ExtensionName() string { return "Metrics" }

// Validate implements graphql.HandlerExtension.
func (Metrics) Validate(graphql.ExecutableSchema) error { return nil }

// InterceptResponse implements graphql.ResponseInterceptor.
func (m Metrics) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	start := graphql.GetStartTime(ctx) // when the request was read
	if start.IsZero() {
		start = time.Now()
	}
	resp := next(ctx)
	if resp == nil {
		return nil
	}
	typ, name := "invalid", ""
	if graphql.HasOperationContext(ctx) {
		oc := graphql.GetOperationContext(ctx)
		name = oc.OperationName
		if oc.Operation != nil {
			typ, name = string(oc.Operation.Operation), oc.Operation.Name
		}
	}
	m.Operation(typ, name, time.Since(start).Seconds())
	for _, e := range resp.Errors {
		code, _ := e.Extensions["code"].(string)
		if code == "" {
			code = "UNKNOWN"
		}
		m.Error(code)
	}
	return resp
}
