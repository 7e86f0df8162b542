import { useEffect, useState } from 'react';
import { getSocket } from '../../net/gateway';

/** Whether the live connection is up (live screens say so, and say when they are catching up). */
export function useSocketOnline(): boolean {
  const [online, setOnline] = useState(() => getSocket().connected);
  useEffect(() => {
    const socket = getSocket();
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    socket.on('connect', up);
    socket.on('disconnect', down);
    setOnline(socket.connected);
    return () => {
      socket.off('connect', up);
      socket.off('disconnect', down);
    };
  }, []);
  return online;
}
