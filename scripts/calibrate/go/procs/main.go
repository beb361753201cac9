// Command procs measures what go1.23's channels, goroutines and sync primitives
// allocate, and records the output of scheduling-order, deadlock and panic
// experiments. lib/go/chan.ts, lib/go/proc.ts and lib/go/sema.ts are checked
// against its output (tests/fixtures/calibration/go-procs.json).
//
//	procs              everything: re-runs itself per case and GOMAXPROCS, prints the JSON
//	procs alloc        one allocation run (GOMAXPROCS from the environment), JSON on stdout
//	procs order NAME   one order experiment, its output on stdout
//	procs dead NAME    one deadlock/panic experiment (stderr and exit code are the result)
//
// The allocation run turns the GC off (a cycle allocates its own workers) and
// measures runtime.MemStats deltas (Mallocs, TotalAlloc) around each case. The
// cases run in a fixed order in one process, because they share runtime state:
// allgs, the free g lists and the sudog caches. The model replays that order.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"reflect"
	"regexp"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"

	"heaplab/calibrate/internal/typeinfo"
)

const runs = 7 // runs of every child process, per GOMAXPROCS

var (
	before, after runtime.MemStats
	sink          any
	wg            sync.WaitGroup
)

type delta struct {
	Mallocs    uint64 `json:"mallocs"`
	TotalAlloc uint64 `json:"totalAlloc"`
}

func measure(f func()) delta {
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return delta{after.Mallocs - before.Mallocs, after.TotalAlloc - before.TotalAlloc}
}

// ---------------------------------------------------------------------------
// Allocation run.

type chanCase struct {
	Type        string  `json:"type"`
	Size        uintptr `json:"size"`
	HasPointers bool    `json:"hasPointers"`
	Cap         int     `json:"cap"`
	Runs        []delta `json:"runs"` // three makes in a row
}

type chanPanic struct {
	Type    string `json:"type"`
	Cap     int64  `json:"cap"`
	Message string `json:"message"` // recovered error text, "" when make succeeded
}

type caseResult struct {
	Name   string  `json:"name"`
	N      int     `json:"n"`
	Result delta   `json:"result"`
	Each   []delta `json:"each,omitempty"`
}

type allocRun struct {
	Gomaxprocs int          `json:"gomaxprocs"`
	FirstGoid  string       `json:"firstGoid"` // "goroutine N [running]:" of the first user goroutine
	Chans      []chanCase   `json:"chans"`
	ChanPanics []chanPanic  `json:"chanPanics"`
	Cases      []caseResult `json:"cases"`
}

type mk struct {
	name string
	t    reflect.Type
	make func(n int)
}

func reg[T any](name string) mk {
	t := reflect.TypeOf((*T)(nil)).Elem()
	typeinfo.MustMatch(name, t)
	return mk{name, t, func(n int) { sink = make(chan T, n) }}
}

var chanTypes = []mk{
	reg[int]("int"),
	reg[byte]("byte"),
	reg[string]("string"),
	reg[*int]("*int"),
	reg[struct{ a [64]byte }]("struct{a [64]byte}"),
	reg[struct{}]("struct{}"),
	reg[[1024]byte]("[1024]byte"),
	reg[[3]int]("[3]int"),
	reg[[]int]("[]int"),
	reg[any]("any"),
}

var chanCaps = []int{0, 1, 2, 10, 100, 1000}

func tryMake(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	f()
	return ""
}

// Goroutine bodies: package-level funcs, so `go f()` needs no closure.
var (
	block   = make(chan struct{}) // never closed
	ch      = make(chan int)
	ch2     = make(chan int)
	ch3     = make(chan int)
	started atomic.Int32
	wg2     sync.WaitGroup
	mu      sync.Mutex
	rw      sync.RWMutex
	goidOut string
)

func parkForever() { select {} }
func done()        { wg.Done() }
func doneArg(i int) {
	if i < 0 {
		sink = i
	}
	wg.Done()
}
func recvOne() {
	started.Add(1)
	<-ch
	wg.Done()
}
func sendOne() {
	started.Add(1)
	ch <- 1
	wg.Done()
}
func selectOne() {
	started.Add(1)
	select {
	case <-ch:
	case <-ch2:
	case <-ch3:
	}
	wg.Done()
}
func waitOne() {
	started.Add(1)
	wg2.Wait()
	wg.Done()
}
func lockOne() {
	started.Add(1)
	mu.Lock()
	mu.Unlock() //nolint:staticcheck // empty critical section on purpose
	wg.Done()
}
func rlockOne() {
	started.Add(1)
	rw.RLock()
	rw.RUnlock() //nolint:staticcheck
	wg.Done()
}
func goid() {
	b := make([]byte, 64)
	goidOut = strings.SplitN(string(b[:runtime.Stack(b, false)]), "\n", 2)[0]
	wg.Done()
}

// yieldUntil lets the started goroutines run until n of them got going (and,
// at GOMAXPROCS=1, blocked: nothing preempts them in between).
func yieldUntil(n int) {
	for started.Load() < int32(n) {
		runtime.Gosched()
	}
	started.Store(0)
}

func allocMain() {
	debug.SetGCPercent(-1)
	res := allocRun{Gomaxprocs: runtime.GOMAXPROCS(0)}
	add := func(name string, n int, f func()) {
		res.Cases = append(res.Cases, caseResult{Name: name, N: n, Result: measure(f)})
	}

	// 0. The first time main blocks (wg.Wait: a sudog) after starting one goroutine.
	add("first-block", 1, func() {
		wg.Add(1)
		go done()
		wg.Wait()
	})

	// 1. The next 40 goroutines, one `go` at a time, never
	// finishing (so none is reused): new(g) plus allgs growth.
	probe := caseResult{Name: "allgs-probe", N: 40}
	for i := 0; i < 40; i++ {
		probe.Each = append(probe.Each, measure(func() { go parkForever() }))
	}
	for _, e := range probe.Each {
		probe.Result.Mallocs += e.Mallocs
		probe.Result.TotalAlloc += e.TotalAlloc
	}
	res.Cases = append(res.Cases, probe)
	runtime.Gosched() // let them park

	wg.Add(1)
	go goid()
	wg.Wait()
	res.FirstGoid = goidOut

	// 2. makechan.
	for _, m := range chanTypes {
		for _, c := range chanCaps {
			cc := chanCase{Type: m.name, Size: m.t.Size(), HasPointers: typeinfo.HasPointers(m.t), Cap: c}
			for r := 0; r < 3; r++ {
				cc.Runs = append(cc.Runs, measure(func() { m.make(c) }))
			}
			res.Chans = append(res.Chans, cc)
		}
	}
	neg, huge, zhuge := -1, int64(1)<<40, int64(1)<<62
	res.ChanPanics = []chanPanic{
		{"int", int64(neg), tryMake(func() { sink = make(chan int, neg) })},
		{"[1024]byte", huge, tryMake(func() { sink = make(chan [1024]byte, huge) })},
		{"int", 1 << 45, tryMake(func() { sink = make(chan int, int64(1)<<45) })},
		{"struct{}", zhuge, tryMake(func() { sink = make(chan struct{}, zhuge) })},
	}
	sink = nil

	// 3. Goroutines started and finished: first time (new gs), then again (reused).
	for _, n := range []int{1, 1, 10, 10, 100, 100, 1000, 1000} {
		add("go-static", n, func() {
			for i := 0; i < n; i++ {
				wg.Add(1)
				go done()
			}
			wg.Wait()
		})
	}
	// `go f(i)`: the compiler wraps the call in a closure holding i.
	for _, n := range []int{100, 100} {
		add("go-arg-int", n, func() {
			for i := 0; i < n; i++ {
				wg.Add(1)
				go doneArg(i)
			}
			wg.Wait()
		})
	}
	// Closures capturing values: {F uintptr; p *int} and {F; a, b, c int}.
	x := new(int)
	sink = x
	add("go-closure-ptr", 100, func() {
		for i := 0; i < 100; i++ {
			wg.Add(1)
			go func() {
				if *x < 0 {
					sink = x
				}
				wg.Done()
			}()
		}
		wg.Wait()
	})
	add("go-closure-3int", 100, func() {
		for i := 0; i < 100; i++ {
			a, b, c := i, i+1, i+2
			wg.Add(1)
			go func() {
				if a+b+c < 0 {
					sink = a
				}
				wg.Done()
			}()
		}
		wg.Wait()
	})
	// 2000 live at once: allgs grows past 2000 entries.
	add("go-static", 2000, func() {
		for i := 0; i < 2000; i++ {
			wg.Add(1)
			go done()
		}
		wg.Wait()
	})

	// 4. Blocked operations: K goroutines blocked at once hold K sudogs; main's
	// wg.Wait takes one more. Ordered so that most cases need new sudogs.
	for _, k := range []int{1, 1, 10, 10} {
		add("chan-recv-blocked", k, func() {
			for i := 0; i < k; i++ {
				wg.Add(1)
				go recvOne()
			}
			yieldUntil(k)
			for i := 0; i < k; i++ {
				ch <- i
			}
			wg.Wait()
		})
	}
	for _, k := range []int{20, 20} {
		add("chan-send-blocked", k, func() {
			for i := 0; i < k; i++ {
				wg.Add(1)
				go sendOne()
			}
			yieldUntil(k)
			for i := 0; i < k; i++ {
				<-ch
			}
			wg.Wait()
		})
	}
	for _, k := range []int{10, 10} {
		add("select3-blocked", k, func() {
			for i := 0; i < k; i++ {
				wg.Add(1)
				go selectOne()
			}
			yieldUntil(k)
			for i := 0; i < k; i++ {
				ch2 <- i
			}
			wg.Wait()
		})
	}
	for _, k := range []int{50, 50} {
		add("waitgroup-waiters", k, func() {
			wg2.Add(1)
			for i := 0; i < k; i++ {
				wg.Add(1)
				go waitOne()
			}
			yieldUntil(k)
			wg2.Done()
			wg.Wait()
		})
	}
	for _, k := range []int{100, 100} {
		add("mutex-contended", k, func() {
			mu.Lock()
			for i := 0; i < k; i++ {
				wg.Add(1)
				go lockOne()
			}
			yieldUntil(k)
			mu.Unlock()
			wg.Wait()
		})
	}
	for _, k := range []int{150, 150} {
		add("rwmutex-readers-blocked", k, func() {
			rw.Lock()
			for i := 0; i < k; i++ {
				wg.Add(1)
				go rlockOne()
			}
			yieldUntil(k)
			rw.Unlock()
			wg.Wait()
		})
	}
	for _, k := range []int{300, 300} {
		add("chan-recv-blocked", k, func() {
			for i := 0; i < k; i++ {
				wg.Add(1)
				go recvOne()
			}
			yieldUntil(k)
			for i := 0; i < k; i++ {
				ch <- i
			}
			wg.Wait()
		})
	}
	var once sync.Once
	var n atomic.Int64
	add("once-atomic", 1000, func() {
		for i := 0; i < 1000; i++ {
			once.Do(func() { n.Add(1) })
			n.Add(1)
		}
	})

	out, err := json.Marshal(res)
	if err != nil {
		panic(err)
	}
	os.Stdout.Write(out)
}

// ---------------------------------------------------------------------------
// Order experiments: deterministic at GOMAXPROCS=1. Each is replayed by the
// scheduler model in tests/unit/go-runtime/proc.test.ts (keep them in sync).

var orders = []struct{ name, summary string }{
	{"runnext5", "5 goroutines started in a loop, then wg.Wait: the last one started runs first (runnext)"},
	{"pingpong", "two goroutines trading a counter over two unbuffered channels, 3 rounds"},
	{"prodcons2", "producer sends 0..5 into a buffered channel of cap 2, main receives; both print"},
	{"workers3", "3 workers over an unbuffered jobs channel of 9 jobs, results on a buffered channel"},
	{"close-broadcast", "3 goroutines block on <-done; main closes done; wake order"},
	{"senders-fifo", "3 goroutines block sending on an unbuffered channel; main receives 3 values"},
	{"gosched", "two goroutines and main each print 3 times with runtime.Gosched in between"},
	{"select-quit", "a worker selects on jobs and quit; main sends 3 jobs then quit"},
	{"main-exit", "main starts 3 goroutines that print and returns at once"},
	{"fairness61", "150 goroutines queued, main calls Gosched: the 61st schedtick takes main from the global queue"},
	{"buffered-wake", "a receiver blocks on an empty buffered channel; main fills it; who runs when"},
	{"waitgroup-wake", "3 goroutines wait on one WaitGroup; main calls Done; wake order"},
	{"mutex-barging", "3 goroutines queue on a Mutex main holds; main unlocks and relocks twice: a woken waiter loses to main"},
	{"rwmutex-writer", "a waiting writer holds back readers that come after it"},
}

// say records a line; flush prints them when main returns. Printing at once
// would make write syscalls, and sysmon retakes the only P from a goroutine
// that stays in a syscall across one of its ticks (20µs and up) when other
// goroutines are runnable: the order then depends on timing.
var (
	sayMu sync.Mutex
	said  []string
)

func say(a ...any) {
	sayMu.Lock()
	said = append(said, strings.TrimSuffix(fmt.Sprintln(a...), "\n"))
	sayMu.Unlock()
}

func flush() {
	sayMu.Lock()
	os.Stdout.WriteString(strings.Join(said, "\n") + "\n")
	sayMu.Unlock()
}

func orderMain(name string) {
	defer flush()
	var wg sync.WaitGroup
	switch name {
	case "runnext5":
		for i := 0; i < 5; i++ {
			wg.Add(1)
			go func(i int) {
				say(i)
				wg.Done()
			}(i)
		}
		wg.Wait()
	case "pingpong":
		ping, pong := make(chan int), make(chan int)
		go func() {
			for v := range ping {
				say("pong", v)
				pong <- v + 1
			}
			say("pong done")
			close(pong)
		}()
		v := 0
		for i := 0; i < 3; i++ {
			say("ping", v)
			ping <- v
			v = <-pong
		}
		close(ping)
		_, ok := <-pong
		say("main done", v, ok)
	case "prodcons2":
		c := make(chan int, 2)
		go func() {
			for i := 0; i < 6; i++ {
				c <- i
				say("send", i)
			}
			close(c)
		}()
		for v := range c {
			say("recv", v)
		}
	case "workers3":
		jobs, results := make(chan int), make(chan int, 9)
		for w := 1; w <= 3; w++ {
			wg.Add(1)
			go func(w int) {
				for j := range jobs {
					say("worker", w, "job", j)
					results <- j * 10
				}
				wg.Done()
			}(w)
		}
		for j := 1; j <= 9; j++ {
			jobs <- j
		}
		close(jobs)
		wg.Wait()
		close(results)
		sum := 0
		for r := range results {
			sum += r
		}
		say("sum", sum)
	case "close-broadcast":
		done := make(chan struct{})
		for i := 1; i <= 3; i++ {
			wg.Add(1)
			go func(i int) {
				say("wait", i)
				<-done
				say("woke", i)
				wg.Done()
			}(i)
		}
		runtime.Gosched()
		say("close")
		close(done)
		wg.Wait()
		say("end")
	case "senders-fifo":
		c := make(chan int)
		for i := 1; i <= 3; i++ {
			go func(i int) {
				say("sending", i)
				c <- i
				say("sent", i)
			}(i)
		}
		for i := 0; i < 3; i++ {
			say("got", <-c)
		}
		runtime.Gosched()
		say("end")
	case "gosched":
		for _, s := range []string{"a", "b"} {
			wg.Add(1)
			go func(s string) {
				for i := 0; i < 3; i++ {
					say(s, i)
					runtime.Gosched()
				}
				wg.Done()
			}(s)
		}
		for i := 0; i < 3; i++ {
			say("main", i)
			runtime.Gosched()
		}
		wg.Wait()
	case "select-quit":
		jobs, quit := make(chan int), make(chan bool)
		wg.Add(1)
		go func() {
			for {
				select {
				case j := <-jobs:
					say("job", j)
				case <-quit:
					say("quit")
					wg.Done()
					return
				}
			}
		}()
		for j := 1; j <= 3; j++ {
			say("send", j)
			jobs <- j
		}
		quit <- true
		wg.Wait()
		say("end")
	case "main-exit":
		for i := 0; i < 3; i++ {
			go func(i int) { say("goroutine", i) }(i)
		}
		say("main returns")
	case "fairness61":
		for i := 0; i < 150; i++ {
			wg.Add(1)
			go func(i int) {
				say(i)
				wg.Done()
			}(i)
		}
		runtime.Gosched()
		say("main")
		wg.Wait()
	case "buffered-wake":
		c := make(chan int, 3)
		wg.Add(1)
		go func() {
			for i := 0; i < 4; i++ {
				say("recv", <-c)
			}
			wg.Done()
		}()
		runtime.Gosched()
		for i := 0; i < 4; i++ {
			c <- i
			say("sent", i)
		}
		wg.Wait()
	case "waitgroup-wake":
		var gate sync.WaitGroup
		gate.Add(1)
		for i := 1; i <= 3; i++ {
			wg.Add(1)
			go func(i int) {
				say("wait", i)
				gate.Wait()
				say("woke", i)
				wg.Done()
			}(i)
		}
		runtime.Gosched()
		say("done")
		gate.Done()
		wg.Wait()
	case "mutex-barging":
		var mu sync.Mutex
		mu.Lock()
		for i := 1; i <= 3; i++ {
			wg.Add(1)
			go func(i int) {
				say("lock", i)
				mu.Lock()
				say("locked", i)
				mu.Unlock()
				wg.Done()
			}(i)
		}
		runtime.Gosched()
		for j := 0; j < 2; j++ {
			mu.Unlock()
			say("main unlocked")
			runtime.Gosched()
			mu.Lock()
			say("main locked")
		}
		mu.Unlock()
		wg.Wait()
		say("end")
	case "rwmutex-writer":
		var rw sync.RWMutex
		rw.RLock()
		wg.Add(3)
		go func() {
			say("writer wants")
			rw.Lock()
			say("writer has")
			rw.Unlock()
			wg.Done()
		}()
		runtime.Gosched()
		for _, name := range []string{"r1", "r2"} {
			go func() {
				say(name, "wants")
				rw.RLock()
				say(name, "has")
				rw.RUnlock()
				wg.Done()
			}()
		}
		runtime.Gosched()
		say("main runlock")
		rw.RUnlock()
		wg.Wait()
		say("end")
	default:
		panic("unknown order experiment " + name)
	}
}

// ---------------------------------------------------------------------------
// Deadlocks and panics: stderr and exit code.

var deads = []struct{ name, summary string }{
	{"recv", "main receives on an unbuffered channel nobody sends on"},
	{"send", "main sends on an unbuffered channel nobody receives on"},
	{"recv-nil", "main receives from a nil channel"},
	{"send-nil", "main sends on a nil channel"},
	{"select-empty", "select {}"},
	{"select2", "select on two channels, neither ready"},
	{"select1", "select with one case (compiled as a plain receive)"},
	{"waitgroup", "wg.Add(1); wg.Wait()"},
	{"mutex", "Lock twice"},
	{"rwmutex-lock", "RLock then Lock"},
	{"rwmutex-rlock", "Lock then RLock"},
	{"cond", "sync.Cond Wait with nobody to Signal"},
	{"range-open", "range over a channel that is never closed, after one value"},
	{"many", "main and four goroutines blocked in different ways"},
	{"goexit", "runtime.Goexit in main with no other goroutine"},
	{"send-closed", "send on a closed channel"},
	{"close-closed", "close a closed channel"},
	{"close-nil", "close a nil channel"},
	{"sender-woken-by-close", "a goroutine blocked sending is woken by close and panics"},
	{"makechan-negative", "make(chan int, n) with n = -1"},
	{"main-returns", "main returns while goroutines are blocked: no error"},
}

func deadMain(name string) {
	var c chan int
	var wg sync.WaitGroup
	var m sync.Mutex
	var rw sync.RWMutex
	switch name {
	case "recv":
		c = make(chan int)
		<-c
	case "send":
		c = make(chan int)
		c <- 1
	case "recv-nil":
		<-c
	case "send-nil":
		c <- 1
	case "select-empty":
		select {}
	case "select2":
		a, b := make(chan int), make(chan string)
		select {
		case <-a:
		case b <- "x":
		}
	case "select1":
		a := make(chan int)
		select {
		case <-a:
		}
	case "waitgroup":
		wg.Add(1)
		wg.Wait()
	case "mutex":
		m.Lock()
		m.Lock()
	case "rwmutex-lock":
		rw.RLock()
		rw.Lock()
	case "rwmutex-rlock":
		rw.Lock()
		rw.RLock()
	case "cond":
		cond := sync.NewCond(&m)
		m.Lock()
		cond.Wait()
	case "range-open":
		c = make(chan int, 1)
		c <- 1
		for v := range c {
			fmt.Println("got", v)
		}
	case "many":
		c = make(chan int)
		go func() { c <- 1 }()
		go func() { m.Lock(); m.Lock() }()
		go func() { var n chan int; n <- 1 }()
		go func() { wg.Add(1); wg.Wait() }()
		d := make(chan int)
		d <- 1
	case "goexit":
		runtime.Goexit()
	case "send-closed":
		c = make(chan int, 1)
		close(c)
		c <- 1
	case "close-closed":
		c = make(chan int)
		close(c)
		close(c)
	case "close-nil":
		close(c)
	case "sender-woken-by-close":
		c = make(chan int)
		go func() { c <- 1 }()
		runtime.Gosched()
		close(c)
		runtime.Gosched()
		fmt.Println("not reached")
	case "makechan-negative":
		n := -1
		c = make(chan int, n)
	case "main-returns":
		c = make(chan int)
		go func() { <-c }()
		go func() { select {} }()
		runtime.Gosched()
		fmt.Println("main returns")
	default:
		fmt.Fprintln(os.Stderr, "unknown deadlock experiment", name)
		os.Exit(3)
	}
}

// ---------------------------------------------------------------------------
// Orchestration.

type run struct {
	stdout, stderr string
	code           int
}

func child(procs int, args ...string) run {
	exe, err := os.Executable()
	if err != nil {
		panic(err)
	}
	cmd := exec.Command(exe, args...)
	cmd.Env = append(os.Environ(), fmt.Sprintf("GOMAXPROCS=%d", procs), "GODEBUG=", "GOGC=100", "GOTRACEBACK=")
	var so, se bytes.Buffer
	cmd.Stdout, cmd.Stderr = &so, &se
	err = cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		panic(err)
	}
	return run{so.String(), se.String(), code}
}

func lines(s string) []string {
	s = strings.TrimRight(s, "\n")
	if s == "" {
		return []string{}
	}
	return strings.Split(s, "\n")
}

type orderResult struct {
	Name    string   `json:"name"`
	Summary string   `json:"summary"`
	Output  []string `json:"output"` // GOMAXPROCS=1, the most frequent output
	// Runs (of Runs) that printed Output; Deterministic: all of them.
	Agreeing      int  `json:"agreeing"`
	Deterministic bool `json:"deterministic"`
	// Distinct outputs seen at GOMAXPROCS=4 (not modelled exactly: documentation).
	DistinctAt4 int `json:"distinctAt4"`
}

// Keep the runtime's own lines of a crash report: the error line and the
// goroutine headers (file paths and pcs differ between machines).
var keep = regexp.MustCompile(`^(fatal error: |panic: |goroutine \d+ \[)`)

type deadResult struct {
	Name     string   `json:"name"`
	Summary  string   `json:"summary"`
	Stdout   []string `json:"stdout"`
	ExitCode int      `json:"exitCode"`
	Stderr   []string `json:"stderr"` // kept lines only
	Same     bool     `json:"same"`   // all runs agreed
}

// series: one value per run.
type series struct {
	Mallocs    []uint64 `json:"mallocs"`
	TotalAlloc []uint64 `json:"totalAlloc"`
}

type caseFix struct {
	Name   string `json:"name"`
	N      int    `json:"n"`
	Procs1 series `json:"procs1"` // GOMAXPROCS=1
	Procs4 series `json:"procs4"` // GOMAXPROCS=4
}

type chanFix struct {
	Type        string  `json:"type"`
	Size        uintptr `json:"size"`
	HasPointers bool    `json:"hasPointers"`
	Cap         int     `json:"cap"`
	Mallocs     uint64  `json:"mallocs"`
	TotalAlloc  uint64  `json:"totalAlloc"`
}

type fixture struct {
	GoVersion string  `json:"goVersion"`
	HchanSize uintptr `json:"hchanSize"` // unsafe.Sizeof of a copy of runtime.hchan's fields
	Runs      int     `json:"runs"`
	// "goroutine N [running]:" of the goroutine started after allgs-probe, per GOMAXPROCS.
	FirstGoid map[string]string `json:"firstGoid"`
	// Every make of every run, at both GOMAXPROCS, measured the same.
	Makechan      []chanFix   `json:"makechan"`
	MakechanPanic []chanPanic `json:"makechanPanic"`
	// The allgs-probe case of the first GOMAXPROCS=1 run, one `go` at a time.
	AllgsProbe []delta `json:"allgsProbe"`
	// The measured cases in the order they ran in one process.
	Cases     []caseFix     `json:"cases"`
	Orders    []orderResult `json:"orders"`
	Deadlocks []deadResult  `json:"deadlocks"`
}

// hchanLayout mirrors runtime.hchan's fields (chan.go, go1.23) so unsafe.Sizeof
// gives hchanSize; the fixture's makechan sizes confirm it.
type hchanLayout struct {
	qcount   uint
	dataqsiz uint
	buf      *byte
	elemsize uint16
	closed   uint32
	timer    *byte
	elemtype *byte
	sendx    uint
	recvx    uint
	recvq    [2]*byte
	sendq    [2]*byte
	lock     uintptr
}

func orchestrate() {
	f := fixture{GoVersion: runtime.Version(), HchanSize: reflect.TypeOf(hchanLayout{}).Size(), Runs: runs, FirstGoid: map[string]string{}}
	for pi, p := range []int{1, 4} {
		for i := 0; i < runs; i++ {
			r := child(p, "alloc")
			if r.code != 0 {
				fmt.Fprint(os.Stderr, r.stderr)
				os.Exit(1)
			}
			var a allocRun
			if err := json.Unmarshal([]byte(r.stdout), &a); err != nil {
				panic(err)
			}
			key := fmt.Sprint(p)
			if i == 0 {
				f.FirstGoid[key] = a.FirstGoid
			} else if f.FirstGoid[key] != a.FirstGoid {
				f.FirstGoid[key] = "varies"
			}
			if pi == 0 && i == 0 {
				f.MakechanPanic = a.ChanPanics
				for _, c := range a.Chans {
					f.Makechan = append(f.Makechan, chanFix{c.Type, c.Size, c.HasPointers, c.Cap, c.Runs[0].Mallocs, c.Runs[0].TotalAlloc})
				}
				for _, c := range a.Cases {
					if c.Name == "allgs-probe" {
						f.AllgsProbe = c.Each
					}
					f.Cases = append(f.Cases, caseFix{Name: c.Name, N: c.N})
				}
			}
			for j, c := range a.Chans {
				for _, d := range c.Runs {
					if d.Mallocs != f.Makechan[j].Mallocs || d.TotalAlloc != f.Makechan[j].TotalAlloc {
						panic(fmt.Sprintf("makechan %s cap %d: %v differs from %v", c.Type, c.Cap, d, f.Makechan[j]))
					}
				}
			}
			for j, c := range a.Cases {
				s := &f.Cases[j].Procs1
				if p != 1 {
					s = &f.Cases[j].Procs4
				}
				s.Mallocs = append(s.Mallocs, c.Result.Mallocs)
				s.TotalAlloc = append(s.TotalAlloc, c.Result.TotalAlloc)
			}
		}
	}
	for _, o := range orders {
		res := orderResult{Name: o.name, Summary: o.summary}
		count := map[string]int{}
		for i := 0; i < runs; i++ {
			r := child(1, "order", o.name)
			if r.code != 0 {
				fmt.Fprint(os.Stderr, r.stderr)
				os.Exit(1)
			}
			count[r.stdout]++
		}
		best := ""
		for out, n := range count {
			if n > count[best] || (n == count[best] && out < best) {
				best = out
			}
		}
		res.Output, res.Agreeing, res.Deterministic = lines(best), count[best], len(count) == 1
		seen := map[string]bool{}
		for i := 0; i < runs; i++ {
			seen[child(4, "order", o.name).stdout] = true
		}
		res.DistinctAt4 = len(seen)
		f.Orders = append(f.Orders, res)
	}
	for _, d := range deads {
		res := deadResult{Name: d.name, Summary: d.summary, Same: true}
		for i := 0; i < runs; i++ {
			r := child(1, "dead", d.name)
			var kept []string
			for _, l := range lines(r.stderr) {
				if keep.MatchString(l) {
					kept = append(kept, l)
				}
			}
			if kept == nil {
				kept = []string{}
			}
			cur := deadResult{Name: d.name, Summary: d.summary, Stdout: lines(r.stdout), ExitCode: r.code, Stderr: kept, Same: true}
			if i == 0 {
				res = cur
			} else if !reflect.DeepEqual(cur, res) {
				res.Same = false
			}
		}
		f.Deadlocks = append(f.Deadlocks, res)
	}
	out, err := json.Marshal(f)
	if err != nil {
		panic(err)
	}
	os.Stdout.Write(out)
}

func main() {
	if len(os.Args) < 2 {
		orchestrate()
		return
	}
	switch os.Args[1] {
	case "alloc":
		allocMain()
	case "order":
		orderMain(os.Args[2])
	case "dead":
		deadMain(os.Args[2])
	default:
		fmt.Fprintln(os.Stderr, "usage: procs [alloc | order NAME | dead NAME]")
		os.Exit(2)
	}
}
