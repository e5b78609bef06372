package main

import (
	"container/list"
	"context"
	"sync"

	"github.com/99designs/gqlgen/graphql"
)

// queryCacheText bounds the query text each query cache keeps (parsed queries,
// persisted queries). Counting entries alone (QUERY_CACHE_SIZE, APQ_CACHE_SIZE) let a
// client fill a cache with a thousand queries of almost 1 MiB each — a valid query
// may carry a long string literal within the token limit — about 1 GB. A parsed query
// takes up to about 16 times its text (measured: 600 aliased fields, 15 KB of text,
// 250 KB parsed), so the parsed-query cache stays below about 70 MB.
const queryCacheText = 4 << 20

// textCache is a gqlgen cache that keeps the most recently used entries, at most
// entries of them and at most queryCacheText bytes of query text (weight tells an
// entry's bytes). An entry larger than the whole budget is not kept.
type textCache[T any] struct {
	entries, budget int
	weight          func(key string, v T) int

	mu    sync.Mutex
	used  int
	order *list.List // of *textEntry[T], most recent first
	index map[string]*list.Element
}

type textEntry[T any] struct {
	key    string
	value  T
	weight int
}

var _ graphql.Cache[string] = &textCache[string]{}

func newTextCache[T any](entries int, weight func(key string, v T) int) *textCache[T] {
	return &textCache[T]{entries: entries, budget: queryCacheText, weight: weight, order: list.New(), index: map[string]*list.Element{}}
}

// Get implements graphql.Cache.
func (c *textCache[T]) Get(_ context.Context, key string) (T, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.index[key]
	if !ok {
		var zero T
		return zero, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*textEntry[T]).value, true
}

// Add implements graphql.Cache.
func (c *textCache[T]) Add(_ context.Context, key string, value T) {
	w := c.weight(key, value)
	if w > c.budget {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.index[key]; ok {
		c.remove(el)
	}
	c.index[key] = c.order.PushFront(&textEntry[T]{key: key, value: value, weight: w})
	c.used += w
	for c.used > c.budget || c.order.Len() > c.entries {
		c.remove(c.order.Back())
	}
}

func (c *textCache[T]) remove(el *list.Element) {
	e := c.order.Remove(el).(*textEntry[T])
	delete(c.index, e.key)
	c.used -= e.weight
}
