package rounds

import (
	"testing"
	"time"
)

func TestLoopRunsAtOnceOnWakeAndNotAfterQuit(t *testing.T) {
	ran := make(chan struct{})
	l := New(time.Hour, func() { ran <- struct{}{} })
	l.Wake() // never blocks, also before Start
	l.Wake()
	l.Start()
	l.Start() // a second start does nothing
	<-ran     // at once (a wake from before may be this round or the next)
	l.Wake()
	<-ran
	l.Quit()
	l.Quit()
	for {
		select {
		case <-ran: // a round already woken before Quit
			continue
		case <-l.Done():
		}
		break
	}
	l.Wake()
	select {
	case <-ran:
		t.Fatal("a round ran after Quit")
	case <-time.After(50 * time.Millisecond):
	}
}

func TestQuitBeforeStartEndsTheLoopWithoutARound(t *testing.T) {
	l := New(time.Hour, func() { t.Error("a round ran") })
	l.Quit()
	l.Start()
	select {
	case <-l.Done():
	case <-time.After(10 * time.Second):
		t.Fatal("Done not closed")
	}
	select {
	case <-l.Quitting():
	default:
		t.Fatal("Quitting not closed")
	}
}
