import asyncio
import time

log = []


async def heartbeat():
    for _ in range(3):
        log.append("beat")
        await asyncio.sleep(0)


async def bill(accounts, cooperative):
    for account in accounts:
        time.sleep(0.001)
        log.append(f"billed {account}")
        if cooperative:
            await asyncio.sleep(0)


async def main(cooperative):
    log.clear()
    await asyncio.gather(heartbeat(), bill([1, 2, 3], cooperative))
    return " ".join(log)


print("time.sleep only:   ", asyncio.run(main(cooperative=False)))
print("asyncio.sleep(0):  ", asyncio.run(main(cooperative=True)))
