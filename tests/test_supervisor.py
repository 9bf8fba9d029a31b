"""The supervisor restarts a crashed process with capped backoff, gives up on a crash loop, and
keeps the others running. With tiny stand-in processes, no Rasa."""
import os
import signal
import sys
import threading
import time

from careerbot.supervisor import RestartPolicy, Service, Supervisor

SLEEPER = [sys.executable, "-c", "import time; time.sleep(60)"]
CRASHER = [sys.executable, "-c", "import sys; sys.exit(3)"]
FAST = RestartPolicy(first_delay=0.05, max_delay=0.2, stable_after=5, give_up_after=4)


def test_backoff_doubles_and_is_capped():
    policy = RestartPolicy(first_delay=1, max_delay=30)
    assert [policy.delay(n) for n in range(1, 8)] == [1, 2, 4, 8, 16, 30, 30]


def run_for(supervisor, seconds, on_ready=lambda: None):
    """Runs the supervisor until a timer asks it to stop after `seconds`."""
    def stop(*_):
        supervisor.stopping = signal.SIGTERM
    timer = threading.Timer(seconds, stop)
    timer.start()
    try:
        return supervisor.run(start_timeout=30, on_ready=on_ready, poll=0.05)
    finally:
        timer.cancel()


def test_a_killed_process_is_restarted_and_the_others_keep_running(tmp_path, capsys):
    env = dict(os.environ)
    steady = Service("steady", SLEEPER, None, env, policy=FAST)
    victim = Service("victim", SLEEPER, None, env, policy=FAST)
    supervisor = Supervisor([steady, victim], status_file=tmp_path / "status.json")
    seen = {}

    def kill_victim():
        seen["steady"], seen["victim"] = steady.pid, victim.pid
        os.kill(victim.pid, signal.SIGKILL)

    assert run_for(supervisor, 2.0, on_ready=kill_victim) == 0
    assert victim.restarts == 1 and steady.restarts == 0
    assert steady.process.pid == seen["steady"]          # never touched
    assert victim.process.pid != seen["victim"]
    log = capsys.readouterr().err
    assert "victim was killed by signal 9" in log and "restarting victim (restart 1)" in log
    assert '"restarts": 1' in (tmp_path / "status.json").read_text()


def test_a_crash_loop_is_given_up_on_only_for_that_process(capsys):
    env = dict(os.environ)
    steady = Service("steady", SLEEPER, None, env, policy=FAST)
    broken = Service("broken", CRASHER, None, env, policy=FAST)
    supervisor = Supervisor([steady, broken])
    started = time.monotonic()
    assert run_for(supervisor, 3.0) == 0        # stopped by the timer, not by the crash loop
    assert broken.state == "gave up" and broken.restarts == FAST.give_up_after - 1
    assert steady.restarts == 0 and steady.state == "stopped"
    assert time.monotonic() - started < 10
    assert "crashed 4 times in a row" in capsys.readouterr().err


def test_an_essential_process_giving_up_stops_the_stack():
    env = dict(os.environ)
    steady = Service("steady", SLEEPER, None, env, policy=FAST)
    web = Service("web front", CRASHER, None, env, policy=FAST)
    supervisor = Supervisor([steady, web], essential=[web])
    assert run_for(supervisor, 10.0) == 1
    assert web.state == "gave up"
    assert steady.exit_code() is not None
