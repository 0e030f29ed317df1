import asyncio
import concurrent.futures
import threading

log = []


async def charge_async(order_id, answer):
    try:
        await answer.wait()
        log.append(f"async gateway: charged {order_id}")
    except asyncio.CancelledError:
        log.append(f"async gateway: cancelled {order_id}")
        raise


async def with_wait_for():
    answer = asyncio.Event()
    try:
        await asyncio.wait_for(charge_async("A-17", answer), timeout=0.01)
    except TimeoutError:
        log.append("caller: gave up on A-17")
    answer.set()
    await asyncio.sleep(0)


def charge_in_thread(order_id, answer):
    answer.wait()
    log.append(f"thread gateway: charged {order_id}")


def with_thread_pool():
    answer = threading.Event()
    with concurrent.futures.ThreadPoolExecutor() as pool:
        future = pool.submit(charge_in_thread, "B-18", answer)
        try:
            future.result(timeout=0.01)
        except TimeoutError:
            log.append("caller: gave up on B-18")
        answer.set()


asyncio.run(with_wait_for())
with_thread_pool()
print("\n".join(log))
